package dev.stockbook.woocommerce.internal;

import dev.stockbook.store.OrderLifecycle;
import java.util.Map;
import java.util.Optional;

/**
 * WooCommerce's order statuses and what each means (WooCommerce 10's {@code wc_get_order_statuses},
 * plus {@code trash} and {@code checkout-draft} which the REST API lists too). A status a plugin
 * added is {@link OrderLifecycle#OTHER}: a sale only if the merchant names it in {@code
 * sync.soldStatuses}.
 */
public final class WooStatuses {
  private static final Map<String, OrderLifecycle> BY_WORD =
      Map.of(
          "pending", OrderLifecycle.PLACED,
          "checkout-draft", OrderLifecycle.PLACED,
          "on-hold", OrderLifecycle.ON_HOLD,
          "processing", OrderLifecycle.PAID,
          "completed", OrderLifecycle.FULFILLED,
          "refunded", OrderLifecycle.REFUNDED,
          "failed", OrderLifecycle.FAILED,
          "cancelled", OrderLifecycle.CANCELLED,
          "trash", OrderLifecycle.DELETED);

  private WooStatuses() {}

  /** What a WooCommerce status word means; {@link OrderLifecycle#OTHER} for a plugin's own. */
  public static OrderLifecycle lifecycle(String status) {
    return known(status).orElse(OrderLifecycle.OTHER);
  }

  /** The lifecycle of one of WooCommerce's own statuses (with or without {@code wc-}). */
  public static Optional<OrderLifecycle> known(String status) {
    String word = status != null && status.startsWith("wc-") ? status.substring(3) : status;
    return Optional.ofNullable(word == null ? null : BY_WORD.get(word));
  }
}
