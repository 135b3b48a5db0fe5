package dev.stockbook.sim.shopify.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A webhook subscription created through the Admin API. */
public final class WebhookSubscription {
  /** Topic enum values of the schema and the REST topic names Shopify puts in X-Shopify-Topic. */
  public static final Map<String, String> TOPICS =
      Map.of(
          "ORDERS_CREATE", "orders/create",
          "ORDERS_UPDATED", "orders/updated",
          "ORDERS_PAID", "orders/paid",
          "ORDERS_FULFILLED", "orders/fulfilled",
          "ORDERS_CANCELLED", "orders/cancelled",
          "REFUNDS_CREATE", "refunds/create",
          "INVENTORY_LEVELS_UPDATE", "inventory_levels/update",
          "PRODUCTS_UPDATE", "products/update");

  public final long id;
  public final String topic;
  public final String uri;
  public final String format;
  public final List<String> includeFields;
  public final String apiVersion;
  public final Instant createdAt;

  public WebhookSubscription(
      long id,
      String topic,
      String uri,
      String format,
      List<String> includeFields,
      String apiVersion,
      Instant now) {
    this.id = id;
    this.topic = topic;
    this.uri = uri;
    this.format = format;
    this.includeFields = List.copyOf(includeFields);
    this.apiVersion = apiVersion;
    this.createdAt = now;
  }

  public String gid() {
    return Gid.of("WebhookSubscription", id);
  }

  public String topicEnum() {
    return topic.toUpperCase(Locale.ROOT).replace('/', '_');
  }

  /** The scope an app needs to subscribe to the topic. */
  public static String scopeFor(String topic) {
    if (topic.startsWith("inventory_levels/")) {
      return "read_inventory";
    }
    return topic.startsWith("products/") ? "read_products" : "read_orders";
  }
}
