package dev.stockbook.sim.woocommerce.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A refund (shop_order_refund post) of an order. */
public final class Refund {
  /**
   * A refunded line: positive amounts here, written negative in JSON as WooCommerce stores them.
   */
  public record Line(long id, long refundedItemId, long metaId, long quantity, BigDecimal total) {}

  public final long id;
  public final long orderId;
  public final BigDecimal amount;
  public final String reason;
  public final Instant created;
  public final boolean refundedPayment;
  public final List<Line> lines = new ArrayList<>();

  public Refund(
      long id,
      long orderId,
      BigDecimal amount,
      String reason,
      Instant created,
      boolean refundedPayment) {
    this.id = id;
    this.orderId = orderId;
    this.amount = amount;
    this.reason = reason;
    this.created = created;
    this.refundedPayment = refundedPayment;
  }
}
