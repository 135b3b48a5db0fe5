package dev.stockbook.sim.shopify.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The whole store's state and the one lock that guards it: every API request and every shopper or
 * merchant action runs under {@link #lock}.
 */
public final class Shop {
  public final Object lock = new Object();
  public final Clock clock;
  public final Random random;
  public final String domain;
  public final String name;
  public String currency = "USD";
  public final Catalog catalog;
  public final Map<Long, Order> orders = new LinkedHashMap<>();
  public Events events = Events.NONE;
  private long nextId;
  private int nextOrderNumber = 1001;

  public Shop(Clock clock, long seed, String domain) {
    this.clock = clock;
    this.random = new Random(seed);
    this.domain = domain;
    this.name =
        domain.substring(0, domain.indexOf('.') < 0 ? domain.length() : domain.indexOf('.'));
    this.nextId = 7_000_000_000_000L + (Math.floorMod(seed, 1000) * 1_000_000L);
    this.catalog = new Catalog(this);
  }

  /** The simulator clock, truncated to the second as Shopify's timestamps are. */
  public Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  /** A fresh numeric id, unique across every kind of object in this shop. */
  public long nextId() {
    return ++nextId;
  }

  public int nextOrderNumber() {
    return nextOrderNumber++;
  }

  public String gid() {
    return Gid.of("Shop", Math.abs(domain.hashCode()));
  }
}
