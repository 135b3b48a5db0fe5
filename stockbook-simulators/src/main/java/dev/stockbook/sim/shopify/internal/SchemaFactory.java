package dev.stockbook.sim.shopify.internal;

import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/** The executable schema: the SDL resource with the simulator's data fetchers wired in. */
public final class SchemaFactory {
  static final String SDL = "/dev/stockbook/sim/shopify/admin-2026-10.graphqls";

  private static final Map<Class<?>, String> NODE_TYPES =
      Map.ofEntries(
          Map.entry(Shop.class, "Shop"),
          Map.entry(Order.class, "Order"),
          Map.entry(LineItem.class, "LineItem"),
          Map.entry(Refund.class, "Refund"),
          Map.entry(Fulfillment.class, "Fulfillment"),
          Map.entry(Fulfillment.Line.class, "FulfillmentLineItem"),
          Map.entry(Product.class, "Product"),
          Map.entry(Variant.class, "ProductVariant"),
          Map.entry(InventoryItem.class, "InventoryItem"),
          Map.entry(InventoryLevel.class, "InventoryLevel"),
          Map.entry(InventoryQuantity.class, "InventoryQuantity"),
          Map.entry(Location.class, "Location"),
          Map.entry(AdjustmentGroup.class, "InventoryAdjustmentGroup"),
          Map.entry(WebhookSubscription.class, "WebhookSubscription"),
          Map.entry(BulkOperations.Operation.class, "BulkOperation"));

  private SchemaFactory() {}

  @SafeVarargs
  public static GraphQLSchema build(Consumer<RuntimeWiring.Builder>... wirings) {
    RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
    ShopifyScalars.all().forEach(wiring::scalar);
    TypeResolver nodes =
        env -> env.getSchema().getObjectType(NODE_TYPES.get(env.getObject().getClass()));
    wiring.type("Node", t -> t.typeResolver(nodes));
    for (Consumer<RuntimeWiring.Builder> w : wirings) {
      w.accept(wiring);
    }
    return new SchemaGenerator().makeExecutableSchema(registry(), wiring.build());
  }

  private static TypeDefinitionRegistry registry() {
    try (InputStream in = SchemaFactory.class.getResourceAsStream(SDL)) {
      if (in == null) {
        throw new IllegalStateException("missing schema resource " + SDL);
      }
      return new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
