package dev.stockbook.sim.shopify.internal;

import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;

/**
 * Field fetchers of mutation results: adjustment groups, webhook subscriptions, bulk operations.
 */
public final class PayloadTypes {
  public void wire(RuntimeWiring.Builder w) {
    Wiring.type("InventoryAdjustmentGroup", AdjustmentGroup.class)
        .field("id", AdjustmentGroup::gid)
        .field(
            "changes",
            (g, env) ->
                changes(
                    g,
                    env.getArgument("inventoryItemIds"),
                    env.getArgument("locationIds"),
                    env.getArgument("quantityNames")))
        .into(w);
    Wiring.type("InventoryChange", Stock.Change.class)
        .field("ledgerDocumentUri", Stock.Change::ledgerDoc)
        .field("item", c -> c.level().item)
        .field("location", c -> c.level().location)
        .into(w);
    Wiring.type("WebhookSubscription", WebhookSubscription.class)
        .field("id", WebhookSubscription::gid)
        .field("legacyResourceId", s -> s.id)
        .field("topic", WebhookSubscription::topicEnum)
        .field("updatedAt", s -> s.createdAt)
        .field(
            "apiVersion",
            s -> Map.of("handle", s.apiVersion, "displayName", s.apiVersion, "supported", true))
        .into(w);
    Wiring.type("BulkOperation", BulkOperations.Operation.class)
        .field("id", BulkOperations.Operation::gid)
        .field("partialDataUrl", o -> null)
        .into(w);
  }

  private static List<Stock.Change> changes(
      AdjustmentGroup g, List<String> items, List<String> locations, List<String> names) {
    return g.changes().stream()
        .filter(c -> items == null || items.contains(c.level().item.gid()))
        .filter(c -> locations == null || locations.contains(c.level().location.gid()))
        .filter(c -> names == null || names.contains(c.name()))
        .toList();
  }
}
