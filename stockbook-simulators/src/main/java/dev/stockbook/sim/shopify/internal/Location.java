package dev.stockbook.sim.shopify.internal;

import java.time.Instant;

/** A place that stocks inventory. Guarded by the shop lock. */
public final class Location {
  public final long id;
  public final String name;
  public boolean isActive = true;
  public boolean fulfillsOnlineOrders = true;
  public final Instant createdAt;
  public Instant updatedAt;

  public Location(long id, String name, Instant now) {
    this.id = id;
    this.name = name;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public String gid() {
    return Gid.of("Location", id);
  }
}
