package dev.stockbook.sim.shopify.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A shipment of some units of an order's lines from one location. */
public final class Fulfillment {
  /** Units of one line in this fulfillment. */
  public record Line(long id, LineItem lineItem, int quantity) {
    public String gid() {
      return Gid.of("FulfillmentLineItem", id);
    }
  }

  public final long id;
  public final Order order;
  public final int sequence;
  public final Location location;
  public final Instant createdAt;
  public final List<Line> lines = new ArrayList<>();

  public Fulfillment(long id, Order order, int sequence, Location location, Instant now) {
    this.id = id;
    this.order = order;
    this.sequence = sequence;
    this.location = location;
    this.createdAt = now;
  }

  public String gid() {
    return Gid.of("Fulfillment", id);
  }

  /** "#1001.1" */
  public String name() {
    return order.name() + "." + sequence;
  }

  public int totalQuantity() {
    return lines.stream().mapToInt(Line::quantity).sum();
  }
}
