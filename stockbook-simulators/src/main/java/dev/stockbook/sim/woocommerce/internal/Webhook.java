package dev.stockbook.sim.woocommerce.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A webhook (WC_Webhook). Guarded by the store lock. */
public final class Webhook {
  static final Map<String, List<String>> HOOKS =
      Map.of(
          "order.created", List.of("woocommerce_new_order"),
          "order.updated", List.of("woocommerce_update_order", "woocommerce_order_refunded"),
          "order.deleted", List.of("wp_trash_post"),
          "product.created",
              List.of(
                  "woocommerce_process_product_meta",
                  "woocommerce_new_product",
                  "woocommerce_new_product_variation"),
          "product.updated",
              List.of(
                  "woocommerce_process_product_meta",
                  "woocommerce_update_product",
                  "woocommerce_update_product_variation"),
          "product.deleted", List.of("wp_trash_post"));

  public final long id;
  public String name;
  public String status = "active";
  public String topic;
  public String deliveryUrl;
  public String secret;
  public int failureCount;
  public final Instant created;
  public Instant modified;

  public Webhook(long id, Instant now) {
    this.id = id;
    this.created = now;
    this.modified = now;
  }

  public String resource() {
    return topic.substring(0, topic.indexOf('.'));
  }

  public String event() {
    return topic.substring(topic.indexOf('.') + 1);
  }

  /** WC_Webhook::failed_delivery: past the limit of 5 the webhook is disabled, else counted. */
  void failed() {
    if (failureCount > 5) {
      status = "disabled";
    } else {
      failureCount++;
    }
  }
}
