package dev.stockbook.sim.shopify.internal;

import java.math.BigDecimal;

/**
 * Order.displayFinancialStatus and displayFulfillmentStatus, derived the way the Shopify admin
 * shows them: payment (pending, paid, partly paid) and refunds on one side, shipped units on the
 * other.
 */
public final class OrderStatus {
  private OrderStatus() {}

  public static String financial(Order o) {
    BigDecimal refunded = o.refunded();
    if (o.voided) {
      return "VOIDED";
    }
    if (o.paid.signum() == 0) {
      return "PENDING";
    }
    if (refunded.signum() > 0) {
      return refunded.compareTo(o.paid) >= 0 ? "REFUNDED" : "PARTIALLY_REFUNDED";
    }
    return o.paid.compareTo(o.currentTotal()) >= 0 ? "PAID" : "PARTIALLY_PAID";
  }

  public static String fulfillment(Order o) {
    int fulfilled = o.lines.stream().mapToInt(l -> l.fulfilled).sum();
    int open = o.lines.stream().mapToInt(LineItem::unfulfilled).sum();
    if (open == 0 && fulfilled > 0) {
      return "FULFILLED";
    }
    if (fulfilled > 0) {
      return "PARTIALLY_FULFILLED";
    }
    return "UNFULFILLED";
  }

  /** REST spelling for webhooks: {@code null}, "partial" or "fulfilled". */
  public static String restFulfillment(Order o) {
    return switch (fulfillment(o)) {
      case "FULFILLED" -> "fulfilled";
      case "PARTIALLY_FULFILLED" -> "partial";
      default -> null;
    };
  }
}
