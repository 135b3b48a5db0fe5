package dev.stockbook.shopify.internal;

import dev.stockbook.store.OrderLifecycle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a Shopify order's state means. Shopify keeps payment ({@code displayFinancialStatus}),
 * shipping ({@code displayFulfillmentStatus}) and cancellation ({@code cancelledAt}) apart; the
 * lifecycle is decided in this order:
 *
 * <table>
 *   <caption>Shopify state to lifecycle</caption>
 *   <tr><th>Shopify</th><th>lifecycle</th></tr>
 *   <tr><td>cancelledAt set</td><td>CANCELLED</td></tr>
 *   <tr><td>REFUNDED</td><td>REFUNDED</td></tr>
 *   <tr><td>VOIDED, EXPIRED</td><td>FAILED</td></tr>
 *   <tr><td>fulfilment FULFILLED (any other payment state)</td><td>FULFILLED</td></tr>
 *   <tr><td>PAID, PARTIALLY_REFUNDED</td><td>PAID</td></tr>
 *   <tr><td>AUTHORIZED, PARTIALLY_PAID</td><td>ON_HOLD</td></tr>
 *   <tr><td>PENDING</td><td>PLACED</td></tr>
 *   <tr><td>anything else</td><td>OTHER</td></tr>
 * </table>
 *
 * The status word kept for messages is the payment state as Shopify's search syntax spells it
 * ({@code paid}, {@code partially_refunded}), {@code cancelled}, with the fulfilment added when
 * something shipped ({@code paid, fulfilled}). Settings may name these words.
 */
public final class ShopifyStatuses {
  private static final Map<String, OrderLifecycle> BY_WORD =
      Map.ofEntries(
          Map.entry("pending", OrderLifecycle.PLACED),
          Map.entry("authorized", OrderLifecycle.ON_HOLD),
          Map.entry("partially_paid", OrderLifecycle.ON_HOLD),
          Map.entry("paid", OrderLifecycle.PAID),
          Map.entry("partially_refunded", OrderLifecycle.PAID),
          Map.entry("refunded", OrderLifecycle.REFUNDED),
          Map.entry("voided", OrderLifecycle.FAILED),
          Map.entry("expired", OrderLifecycle.FAILED),
          Map.entry("fulfilled", OrderLifecycle.FULFILLED),
          Map.entry("cancelled", OrderLifecycle.CANCELLED));

  private ShopifyStatuses() {}

  public static OrderLifecycle lifecycle(String financial, String fulfillment, boolean cancelled) {
    if (cancelled) {
      return OrderLifecycle.CANCELLED;
    }
    String payment = word(financial);
    if (payment.equals("refunded") || payment.equals("voided") || payment.equals("expired")) {
      return BY_WORD.get(payment);
    }
    if ("FULFILLED".equals(fulfillment)) {
      return OrderLifecycle.FULFILLED;
    }
    return BY_WORD.getOrDefault(payment, OrderLifecycle.OTHER);
  }

  /** {@code paid}, {@code pending, partially fulfilled}, {@code cancelled}... */
  public static String status(String financial, String fulfillment, boolean cancelled) {
    if (cancelled) {
      return "cancelled";
    }
    String payment = financial == null || financial.isEmpty() ? "unknown" : word(financial);
    return switch (fulfillment == null ? "" : fulfillment) {
      case "FULFILLED" -> payment + ", fulfilled";
      case "PARTIALLY_FULFILLED" -> payment + ", partially fulfilled";
      default -> payment;
    };
  }

  /** The lifecycle a Shopify status word means ({@code authorized}, {@code refunded}...). */
  public static Optional<OrderLifecycle> known(String word) {
    return Optional.ofNullable(word == null ? null : BY_WORD.get(word.trim()));
  }

  private static String word(String status) {
    return status == null ? "" : status.toLowerCase(Locale.ROOT);
  }
}
