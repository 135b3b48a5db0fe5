package dev.stockbook.sim.shopify.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A refund: lines given back (each with its restock type) and the money returned. */
public final class Refund {
  /** One refunded line. {@code location} is where a restock put the units, or null. */
  public record Line(
      long id, LineItem lineItem, int quantity, String restockType, Location location) {
    public boolean restocked() {
      return "RETURN".equals(restockType) || "CANCEL".equals(restockType);
    }

    public BigDecimal subtotal() {
      return Money.times(lineItem.unitPrice, quantity);
    }
  }

  public final long id;
  public final Order order;
  public final Instant createdAt;
  public final String note;
  public final List<Line> lines = new ArrayList<>();
  public BigDecimal amount = BigDecimal.ZERO;

  public Refund(long id, Order order, String note, Instant now) {
    this.id = id;
    this.order = order;
    this.note = note;
    this.createdAt = now;
  }

  public String gid() {
    return Gid.of("Refund", id);
  }
}
