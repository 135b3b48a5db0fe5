package dev.stockbook.sim.woocommerce.internal;

import dev.stockbook.sim.common.SimClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * All the state of one simulated store. Every read and write happens under {@link #lock}; the HTTP
 * edge takes it for the whole request, as one PHP request runs start to end.
 */
public final class Store {
  public final Object lock = new Object();
  public final SimClock clock;
  public final SiteTime time;
  public final Random random;
  public final String siteUrl;
  public final Map<Long, Product> products = new LinkedHashMap<>();
  public final Map<Long, Order> orders = new LinkedHashMap<>();
  public final Map<Long, Refund> refunds = new LinkedHashMap<>();
  public volatile boolean manageStock = true;

  /**
   * Checkouts that land between the read and the save of the next {@code inventory_delta} write
   * (WooCommerce computes {@code stock + delta} in PHP and saves the sum, so a checkout in between
   * is overwritten). Run once, by the next such write.
   */
  public final java.util.List<Runnable> checkoutsDuringNextDelta = new java.util.ArrayList<>();

  /** The standard tax rate in percent (prices exclude tax); zero means taxes are off. */
  public volatile java.math.BigDecimal taxRate = java.math.BigDecimal.ZERO;

  public Events events = Events.NONE;
  private final AtomicLong postIds = new AtomicLong(9);
  private final AtomicLong itemIds = new AtomicLong(0);
  private final AtomicLong metaIds = new AtomicLong(0);

  public Store(SimClock clock, SiteTime time, long seed, String siteUrl) {
    this.clock = clock;
    this.time = time;
    this.random = new Random(seed);
    this.siteUrl = siteUrl;
  }

  /** Products, variations, orders and refunds share WordPress's post id sequence. */
  public long nextPostId() {
    return postIds.incrementAndGet();
  }

  public long nextItemId() {
    return itemIds.incrementAndGet();
  }

  public long nextMetaId() {
    return metaIds.incrementAndGet();
  }

  public Instant now() {
    return clock.instant();
  }

  public String api(String path) {
    return siteUrl + "/wp-json/wc/v3" + path;
  }

  /** Random lowercase letters and digits, from the seeded generator. */
  public String randomToken(int length) {
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
