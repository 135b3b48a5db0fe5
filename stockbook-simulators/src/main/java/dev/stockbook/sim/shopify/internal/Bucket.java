package dev.stockbook.sim.shopify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The calculated-query-cost leaky bucket of one app on one store, on the simulator clock: it holds
 * up to {@code size} points, refills at {@code restoreRate} points per second, a query takes its
 * requested cost up front and gets back the difference to its actual cost afterwards.
 */
public final class Bucket {
  /** What extensions.cost.throttleStatus reports. */
  public record Status(double maximumAvailable, double currentlyAvailable, double restoreRate) {}

  private final Clock clock;
  private double size;
  private double restoreRate;
  private double available;
  private Instant last;

  public Bucket(Clock clock, double size, double restoreRate) {
    this.clock = clock;
    this.size = size;
    this.restoreRate = restoreRate;
    this.available = size;
    this.last = clock.instant();
  }

  /** Takes the points if they are there; false (and nothing taken) means THROTTLED. */
  public synchronized boolean take(int points) {
    refill();
    if (points > available) {
      return false;
    }
    available -= points;
    return true;
  }

  public synchronized void giveBack(int points) {
    refill();
    available = Math.min(size, available + Math.max(0, points));
  }

  public synchronized Status status() {
    refill();
    return new Status(size, Math.floor(available), restoreRate);
  }

  /** Everything spent: the next query is THROTTLED until the clock has refilled enough. */
  public synchronized void drain() {
    refill();
    available = 0;
  }

  /** A plan change: new size and rate, the bucket full. */
  public synchronized void resize(double newSize, double newRate) {
    size = newSize;
    restoreRate = newRate;
    available = newSize;
    last = clock.instant();
  }

  private void refill() {
    Instant now = clock.instant();
    if (now.isAfter(last)) {
      double seconds = Duration.between(last, now).toNanos() / 1e9;
      available = Math.min(size, available + seconds * restoreRate);
    }
    last = now.isAfter(last) ? now : last;
  }
}
