package dev.stockbook.sim.shopify.internal;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The QueryRoot fields: scopes checked, search filters applied, results paged. */
public final class Queries {
  private final Shop shop;
  private final Lookup lookup;
  private final Webhooks webhooks;
  private final BulkOperations bulk;

  public Queries(Shop shop, Lookup lookup, Webhooks webhooks, BulkOperations bulk) {
    this.shop = shop;
    this.lookup = lookup;
    this.webhooks = webhooks;
    this.bulk = bulk;
  }

  public void wire(RuntimeWiring.Builder w) {
    Wiring.type("QueryRoot", Object.class)
        .root("shop", env -> shop)
        .root("node", env -> lookup.find(env.getArgument("id"), Call.of(env), "node").orElse(null))
        .root("nodes", this::nodes)
        .root("order", env -> find(env, "order", Order.class))
        .root("orders", this::orders)
        .root("ordersCount", this::ordersCount)
        .root("product", env -> find(env, "product", Product.class))
        .root("products", this::products)
        .root("productVariant", env -> find(env, "productVariant", Variant.class))
        .root("productVariants", this::variants)
        .root("inventoryItem", env -> find(env, "inventoryItem", InventoryItem.class))
        .root("inventoryItems", this::items)
        .root("inventoryLevel", env -> find(env, "inventoryLevel", InventoryLevel.class))
        .root("location", this::location)
        .root("locations", this::locations)
        .root(
            "webhookSubscription",
            env -> find(env, "webhookSubscription", WebhookSubscription.class))
        .root("webhookSubscriptions", this::subscriptions)
        .root("currentAppInstallation", Queries::installation)
        .root("bulkOperation", env -> find(env, "bulkOperation", BulkOperations.Operation.class))
        .root("currentBulkOperation", env -> bulk.current())
        .into(w);
  }

  private <T> T find(DataFetchingEnvironment env, String field, Class<T> type) {
    return lookup
        .find(env.getArgument("id"), Call.of(env), field)
        .filter(type::isInstance)
        .map(type::cast)
        .orElse(null);
  }

  private Object nodes(DataFetchingEnvironment env) {
    List<String> ids = env.getArgument("ids");
    List<Object> out = new ArrayList<>();
    ids.forEach(id -> out.add(lookup.find(id, Call.of(env), "nodes").orElse(null)));
    return out;
  }

  private List<Order> visibleOrders(DataFetchingEnvironment env, String field) {
    Call call = Call.of(env);
    call.require("read_orders", field);
    Predicate<Order> match =
        Listings.orders().compile(env.getArgument("query"), List.of(field), call);
    return shop.orders.values().stream()
        .filter(o -> lookup.visible(o, call))
        .filter(match)
        .toList();
  }

  private Object orders(DataFetchingEnvironment env) {
    List<Order> orders = visibleOrders(env, "orders");
    return PageArgs.connection(env, orders, Listings.orderSort(env.getArgument("sortKey")));
  }

  private Object ordersCount(DataFetchingEnvironment env) {
    int count = visibleOrders(env, "ordersCount").size();
    Integer limit = env.getArgument("limit");
    boolean capped = limit != null && count > limit;
    return Map.of("count", capped ? limit : count, "precision", capped ? "AT_LEAST" : "EXACT");
  }

  private Object products(DataFetchingEnvironment env) {
    Call call = Call.of(env);
    call.require("read_products", "products");
    Predicate<Product> match =
        Listings.products().compile(env.getArgument("query"), List.of("products"), call);
    List<Product> all = shop.catalog.products.values().stream().filter(match).toList();
    return PageArgs.connection(env, all, Listings.productSort(env.getArgument("sortKey")));
  }

  private Object variants(DataFetchingEnvironment env) {
    Call call = Call.of(env);
    call.require("read_products", "productVariants");
    Predicate<Variant> match =
        Listings.variants().compile(env.getArgument("query"), List.of("productVariants"), call);
    List<Variant> all = shop.catalog.variants.values().stream().filter(match).toList();
    return PageArgs.connection(env, all, Listings.variantSort(env.getArgument("sortKey")));
  }

  private Object items(DataFetchingEnvironment env) {
    Call call = Call.of(env);
    call.require("read_inventory", "inventoryItems");
    Predicate<InventoryItem> match =
        Listings.items().compile(env.getArgument("query"), List.of("inventoryItems"), call);
    List<InventoryItem> all = shop.catalog.items.values().stream().filter(match).toList();
    return PageArgs.connection(env, all, Pages.Order.byId(i -> i.id));
  }

  private Object location(DataFetchingEnvironment env) {
    Call.of(env).require("read_locations", "location");
    String id = env.getArgument("id");
    return id == null ? shop.catalog.primaryLocation() : find(env, "location", Location.class);
  }

  private Object locations(DataFetchingEnvironment env) {
    Call call = Call.of(env);
    call.require("read_locations", "locations");
    boolean inactive = Boolean.TRUE.equals(env.getArgument("includeInactive"));
    Predicate<Location> match =
        Listings.locations().compile(env.getArgument("query"), List.of("locations"), call);
    List<Location> all =
        shop.catalog.locations.values().stream()
            .filter(l -> inactive || l.isActive)
            .filter(match)
            .toList();
    Pages.Order<Location> sort =
        "ID".equals(env.getArgument("sortKey"))
            ? Pages.Order.byId(l -> l.id)
            : new Pages.Order<>(l -> l.name, l -> l.id);
    return PageArgs.connection(env, all, sort);
  }

  /** The calling app's installation: the scopes its token was granted. */
  private static Object installation(DataFetchingEnvironment env) {
    List<Map<String, Object>> scopes =
        Call.of(env).scopes.stream()
            .sorted()
            .map(s -> Map.<String, Object>of("handle", s, "description", s))
            .toList();
    return Map.of("id", Gid.of("AppInstallation", 1), "accessScopes", scopes);
  }

  private Object subscriptions(DataFetchingEnvironment env) {
    List<String> topics = env.getArgument("topics");
    String uri = env.getArgument("uri");
    List<WebhookSubscription> all =
        webhooks.subscriptions().stream()
            .filter(s -> topics == null || topics.contains(s.topicEnum()))
            .filter(s -> uri == null || uri.equals(s.uri))
            .toList();
    return PageArgs.connection(env, all, Pages.Order.byId(s -> s.id));
  }
}
