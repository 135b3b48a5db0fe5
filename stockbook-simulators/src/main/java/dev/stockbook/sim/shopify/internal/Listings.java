package dev.stockbook.sim.shopify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The search fields and sort keys of each top-level connection (orders, products, ...). */
public final class Listings {
  private Listings() {}

  public static Filter<Order> orders() {
    return new Filter<Order>()
        .field("updated_at", o -> o.updatedAt)
        .field("created_at", o -> o.createdAt)
        .field("processed_at", o -> o.processedAt)
        .field("id", o -> o.id)
        .field("name", o -> List.of(o.name(), String.valueOf(o.number)))
        .field("email", o -> o.email)
        .field("financial_status", o -> OrderStatus.financial(o).toLowerCase(Locale.ROOT))
        .field("fulfillment_status", Listings::fulfillmentStatus)
        .field("status", Listings::status)
        .field("sku", o -> o.lines.stream().map(l -> (Object) l.sku).toList())
        .field("test", o -> "false")
        .text(o -> o.name() + " " + o.email);
  }

  private static Object fulfillmentStatus(Order o) {
    return switch (OrderStatus.fulfillment(o)) {
      case "FULFILLED" -> List.of("shipped", "fulfilled");
      case "PARTIALLY_FULFILLED" -> List.of("partial", "unfulfilled");
      default -> List.of("unshipped", "unfulfilled");
    };
  }

  private static Object status(Order o) {
    List<Object> s = new ArrayList<>(List.of("any", o.closedAt == null ? "open" : "closed"));
    if (o.cancelledAt != null) {
      s.add("cancelled");
    }
    return s;
  }

  public static Pages.Order<Order> orderSort(String key) {
    return switch (key) {
      case "UPDATED_AT" -> new Pages.Order<>(o -> o.updatedAt.getEpochSecond(), o -> o.id);
      case "CREATED_AT" -> new Pages.Order<>(o -> o.createdAt.getEpochSecond(), o -> o.id);
      case "PROCESSED_AT" -> new Pages.Order<>(o -> o.processedAt.getEpochSecond(), o -> o.id);
      case "ORDER_NUMBER" -> new Pages.Order<>(o -> (long) o.number, o -> o.id);
      default -> Pages.Order.byId(o -> o.id);
    };
  }

  public static Filter<Product> products() {
    return new Filter<Product>()
        .field("title", p -> p.title)
        .field("handle", p -> p.handle)
        .field("status", p -> p.status.toLowerCase(Locale.ROOT))
        .field("sku", p -> p.variants.stream().map(v -> (Object) v.sku).toList())
        .field("updated_at", p -> p.updatedAt)
        .field("created_at", p -> p.createdAt)
        .field("id", p -> p.id)
        .text(p -> p.title);
  }

  public static Pages.Order<Product> productSort(String key) {
    return switch (key) {
      case "UPDATED_AT" -> new Pages.Order<>(p -> p.updatedAt.getEpochSecond(), p -> p.id);
      case "CREATED_AT" -> new Pages.Order<>(p -> p.createdAt.getEpochSecond(), p -> p.id);
      case "TITLE" -> new Pages.Order<>(p -> p.title, p -> p.id);
      default -> Pages.Order.byId(p -> p.id);
    };
  }

  public static Filter<Variant> variants() {
    return new Filter<Variant>()
        .field("sku", v -> v.sku)
        .field("title", v -> v.title)
        .field("product_id", v -> v.product.id)
        .field("inventory_quantity", v -> (long) v.inventoryItem.available())
        .field("updated_at", v -> v.updatedAt)
        .field("created_at", v -> v.createdAt)
        .field("id", v -> v.id)
        .text(v -> v.displayName() + " " + v.sku);
  }

  public static Pages.Order<Variant> variantSort(String key) {
    return switch (key) {
      case "SKU" -> new Pages.Order<>(v -> v.sku == null ? "" : v.sku, v -> v.id);
      case "TITLE" -> new Pages.Order<>(v -> v.title, v -> v.id);
      default -> Pages.Order.byId(v -> v.id);
    };
  }

  public static Filter<InventoryItem> items() {
    return new Filter<InventoryItem>()
        .field("sku", InventoryItem::sku)
        .field("updated_at", i -> i.updatedAt)
        .field("created_at", i -> i.createdAt)
        .field("id", i -> i.id)
        .text(i -> String.valueOf(i.sku()));
  }

  public static Filter<Location> locations() {
    return new Filter<Location>()
        .field("name", l -> l.name)
        .field("id", l -> l.id)
        .text(l -> l.name);
  }
}
