package dev.stockbook.sim.quickbooks;

import java.time.Duration;

/**
 * Switches that decide how the simulator behaves where QuickBooks Online is undocumented or where a
 * test wants misbehaviour. Mutable at any time and thread-safe (every field is volatile); the
 * defaults below are what {@code docs/simulators.md} describes.
 */
public final class QuickBooksOptions {
  private volatile boolean honourRequestId = true;
  private volatile boolean transactionsBumpItems = false;
  private volatile boolean allowNegativeStock = true;
  private volatile boolean allowShipping = true;
  private volatile int maxBatchItems = 30;
  private volatile boolean limitsEnabled = true;
  private volatile int requestsPerMinute = 500;
  private volatile int requestsPerSecond = 10;
  private volatile int maxConcurrent = 10;
  private volatile int batchesPerMinute = 40;
  private volatile boolean meterBatchItems = true;
  private volatile double timeScale = 1.0;
  private volatile boolean legacyWebhooks = false;
  private volatile boolean webhookAutoDeliver = true;
  private volatile boolean webhookDuplicate = false;
  private volatile boolean webhookReorder = false;
  private volatile double webhookDropRate = 0.0;
  private volatile Duration webhookDelay = Duration.ZERO;

  /** Default true: a retried {@code requestid} replays the first response (reference §1.6). */
  public boolean honourRequestId() {
    return honourRequestId;
  }

  public QuickBooksOptions honourRequestId(boolean on) {
    honourRequestId = on;
    return this;
  }

  /**
   * Default false: a transaction that moves an Item's QtyOnHand leaves the Item's SyncToken,
   * LastUpdatedTime, CDC and webhooks alone (the pessimistic reading of reference §1.9).
   */
  public boolean transactionsBumpItems() {
    return transactionsBumpItems;
  }

  public QuickBooksOptions transactionsBumpItems(boolean on) {
    transactionsBumpItems = on;
    return this;
  }

  /** Default true: sales may take QtyOnHand below zero; false answers 6000. */
  public boolean allowNegativeStock() {
    return allowNegativeStock;
  }

  public QuickBooksOptions allowNegativeStock(boolean on) {
    allowNegativeStock = on;
    return this;
  }

  /**
   * Default true (the company preference AllowShipping): {@code SHIPPING_ITEM_ID} lines accepted.
   */
  public boolean allowShipping() {
    return allowShipping;
  }

  public QuickBooksOptions allowShipping(boolean on) {
    allowShipping = on;
    return this;
  }

  /** Default 30; a larger batch is refused with 1040. */
  public int maxBatchItems() {
    return maxBatchItems;
  }

  public QuickBooksOptions maxBatchItems(int max) {
    maxBatchItems = max;
    return this;
  }

  public boolean limitsEnabled() {
    return limitsEnabled;
  }

  /** Turns all throttling off (fast bulk tests). */
  public QuickBooksOptions disableLimits() {
    limitsEnabled = false;
    return this;
  }

  public QuickBooksOptions enableLimits() {
    limitsEnabled = true;
    return this;
  }

  /** Multiplies every rate and concurrency limit by {@code factor} (at least 1 each). */
  public QuickBooksOptions scaleLimits(double factor) {
    requestsPerMinute = scaled(requestsPerMinute, factor);
    requestsPerSecond = scaled(requestsPerSecond, factor);
    maxConcurrent = scaled(maxConcurrent, factor);
    batchesPerMinute = scaled(batchesPerMinute, factor);
    return this;
  }

  private static int scaled(int value, double factor) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(value * factor)));
  }

  /** Default 500 per realm (Intuit limits page). */
  public int requestsPerMinute() {
    return requestsPerMinute;
  }

  public QuickBooksOptions requestsPerMinute(int limit) {
    requestsPerMinute = limit;
    return this;
  }

  /** Default 10 per realm and app. */
  public int requestsPerSecond() {
    return requestsPerSecond;
  }

  public QuickBooksOptions requestsPerSecond(int limit) {
    requestsPerSecond = limit;
    return this;
  }

  /** Default 10 requests in flight per realm and app. */
  public int maxConcurrent() {
    return maxConcurrent;
  }

  public QuickBooksOptions maxConcurrent(int limit) {
    maxConcurrent = limit;
    return this;
  }

  /** Default 40 batch requests per minute per realm and app. */
  public int batchesPerMinute() {
    return batchesPerMinute;
  }

  public QuickBooksOptions batchesPerMinute(int limit) {
    batchesPerMinute = limit;
    return this;
  }

  /**
   * Default true: each item of a batch counts against the per-minute limit like a request of its
   * own (reference §1.5, after Intuit's batch tutorial), so a batch of 30 uses 30 of the 500 a
   * minute. False counts a whole batch as one request, the reading under which 40 batches of 30 a
   * minute (1,200 documents) would be possible.
   */
  public boolean meterBatchItems() {
    return meterBatchItems;
  }

  public QuickBooksOptions meterBatchItems(boolean on) {
    meterBatchItems = on;
    return this;
  }

  /**
   * Default 1: the throttles' windows are a minute and a second. A factor {@code k} divides both by
   * {@code k} and leaves the counts alone, so the limits hold exactly as if time ran {@code k}
   * times faster (500 requests per 60/k s, 10 per 1/k s, 40 batches per 60/k s; 10 in flight
   * still). For benchmarks that compress a long run; pair it with latencies divided by {@code k}.
   */
  public double timeScale() {
    return timeScale;
  }

  public QuickBooksOptions timeScale(double factor) {
    if (!(factor >= 1.0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("time scale must be a finite number ≥ 1, was " + factor);
    }
    timeScale = factor;
    return this;
  }

  /** Default false: webhooks use the CloudEvents array; true sends {@code eventNotifications}. */
  public boolean legacyWebhooks() {
    return legacyWebhooks;
  }

  public QuickBooksOptions legacyWebhooks(boolean on) {
    legacyWebhooks = on;
    return this;
  }

  /**
   * Default true: a background thread delivers due webhooks. Tests that want full control turn it
   * off and call {@code QuickBooksSimulator.deliverDueWebhooks()}.
   */
  public boolean webhookAutoDeliver() {
    return webhookAutoDeliver;
  }

  public QuickBooksOptions webhookAutoDeliver(boolean on) {
    webhookAutoDeliver = on;
    return this;
  }

  /** Default false: each delivery is sent twice. */
  public boolean webhookDuplicate() {
    return webhookDuplicate;
  }

  public QuickBooksOptions webhookDuplicate(boolean on) {
    webhookDuplicate = on;
    return this;
  }

  /** Default false: due deliveries go out newest first. */
  public boolean webhookReorder() {
    return webhookReorder;
  }

  public QuickBooksOptions webhookReorder(boolean on) {
    webhookReorder = on;
    return this;
  }

  /** Default 0: the seeded chance that an event is never delivered. */
  public double webhookDropRate() {
    return webhookDropRate;
  }

  public QuickBooksOptions webhookDropRate(double rate) {
    webhookDropRate = rate;
    return this;
  }

  /** Default zero: how long (simulator clock) after a change its first delivery is due. */
  public Duration webhookDelay() {
    return webhookDelay;
  }

  public QuickBooksOptions webhookDelay(Duration delay) {
    webhookDelay = delay;
    return this;
  }
}
