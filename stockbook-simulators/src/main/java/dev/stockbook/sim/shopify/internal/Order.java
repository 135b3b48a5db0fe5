package dev.stockbook.sim.shopify.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order. Statuses are derived from its lines, payments and refunds ({@link OrderStatus}). */
public final class Order {
  public final long id;
  public final int number;
  public final String email;
  public final Instant createdAt;
  public Instant updatedAt;
  public Instant processedAt;
  public Instant closedAt;
  public Instant cancelledAt;
  public String cancelReason;
  public String note;
  public final Location location;
  public final List<LineItem> lines = new ArrayList<>();
  public final List<Refund> refunds = new ArrayList<>();
  public final List<Fulfillment> fulfillments = new ArrayList<>();

  /** Money captured from the customer; {@code PENDING} orders have none. */
  public BigDecimal paid = BigDecimal.ZERO;

  /** Payment voided (a pending order cancelled). */
  public boolean voided;

  public Order(long id, int number, String email, Location location, Instant now) {
    this.id = id;
    this.number = number;
    this.email = email;
    this.location = location;
    this.createdAt = now;
    this.updatedAt = now;
    this.processedAt = now;
  }

  public String gid() {
    return Gid.of("Order", id);
  }

  public String name() {
    return "#" + number;
  }

  public BigDecimal currentTotal() {
    return lines.stream().map(LineItem::currentTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What the order sells after edits, before returns: units removed by an edit are not in it. */
  public BigDecimal totalBeforeReturns() {
    return lines.stream().map(LineItem::soldTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal refunded() {
    return refunds.stream().map(r -> r.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What the customer still owes: current total less what was paid net of refunds. */
  public BigDecimal outstanding() {
    BigDecimal owed = currentTotal().subtract(paid.subtract(refunded()));
    return owed.signum() < 0 || cancelledAt != null ? BigDecimal.ZERO : owed;
  }
}
