package dev.stockbook.sim.shopify.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds objects by gid for {@code node}, {@code nodes} and the singular queries, applying access
 * scopes and the 60-day order window (orders older than 60 days need {@code read_all_orders}).
 */
public final class Lookup {
  public static final Duration ORDER_WINDOW = Duration.ofDays(60);
  private final Shop shop;
  private final Map<String, Scoped> types;

  private record Scoped(String scope, java.util.function.LongFunction<Object> find) {}

  public Lookup(Shop shop, Webhooks webhooks, BulkOperations bulk) {
    this.shop = shop;
    this.types =
        Map.of(
            "Order", new Scoped("read_orders", shop.orders::get),
            "Refund", new Scoped("read_orders", this::refund),
            "Product", new Scoped("read_products", shop.catalog.products::get),
            "ProductVariant", new Scoped("read_products", shop.catalog.variants::get),
            "InventoryItem", new Scoped("read_inventory", shop.catalog.items::get),
            "Location", new Scoped("read_locations", shop.catalog.locations::get),
            "WebhookSubscription", new Scoped(null, webhooks::subscription),
            "BulkOperation", new Scoped(null, bulk::get));
  }

  /** The object, or empty when there is none, it is hidden, or (for node) the scope is missing. */
  public Optional<Object> find(String gid, Call call, String field) {
    String type = Gid.typeOf(gid);
    if ("InventoryLevel".equals(type)) {
      call.require("read_inventory", field);
      return level(gid);
    }
    Scoped scoped = types.get(type);
    if (scoped == null) {
      return Optional.empty();
    }
    if (scoped.scope() != null) {
      call.require(scoped.scope(), field);
    }
    return Gid.parse(gid, type).stream()
        .mapToObj(scoped.find())
        .filter(Objects::nonNull)
        .filter(o -> !(o instanceof Order order) || visible(order, call))
        .filter(o -> !(o instanceof Refund refund) || visible(refund.order, call))
        .findFirst();
  }

  /** Orders created more than 60 days ago are invisible without read_all_orders. */
  public boolean visible(Order order, Call call) {
    return call.has("read_all_orders") || !order.createdAt.isBefore(shop.now().minus(ORDER_WINDOW));
  }

  private Object refund(long id) {
    return shop.orders.values().stream()
        .flatMap(o -> o.refunds.stream())
        .filter(r -> r.id == id)
        .findFirst()
        .orElse(null);
  }

  private Optional<Object> level(String gid) {
    int q = gid.indexOf("?inventory_item_id=");
    if (q < 0) {
      return Optional.empty();
    }
    long itemId;
    try {
      itemId = Long.parseLong(gid.substring(q + "?inventory_item_id=".length()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    InventoryItem item = shop.catalog.items.get(itemId);
    return Gid.parse(gid, "InventoryLevel").stream()
        .mapToObj(loc -> item == null ? null : (Object) item.levels.get(loc))
        .filter(Objects::nonNull)
        .findFirst();
  }
}
