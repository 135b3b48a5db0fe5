package dev.stockbook.sim.quickbooks.internal;

import dev.stockbook.sim.quickbooks.QuickBooksOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Intuit's per-realm throttles on the simulator clock (reference §1.11): requests per minute and
 * per second, batch requests per minute, and requests in flight. Exceeding any gives 429/3001.
 */
public final class RateLimiter {
  private final Clock clock;
  private final QuickBooksOptions options;
  private final Deque<Instant> requests = new ArrayDeque<>();
  private final Deque<Instant> batches = new ArrayDeque<>();
  private int inFlight;

  public RateLimiter(Clock clock, QuickBooksOptions options) {
    this.clock = clock;
    this.options = options;
  }

  /**
   * Admits a request that counts as {@code weight} calls (a batch counts each item) or throws the
   * throttle fault. An admitted request must be {@link #release()}d.
   */
  public synchronized void acquire(int weight, boolean batch) {
    if (!options.limitsEnabled()) {
      inFlight++;
      return;
    }
    Instant now = clock.instant();
    prune(requests, now.minus(Duration.ofMinutes(1)));
    prune(batches, now.minus(Duration.ofMinutes(1)));
    long lastSecond = requests.stream().filter(t -> t.isAfter(now.minusSeconds(1))).count();
    if (requests.size() + weight > options.requestsPerMinute()
        || lastSecond + weight > options.requestsPerSecond() && weight == 1
        || batch && batches.size() >= options.batchesPerMinute()
        || inFlight >= options.maxConcurrent()) {
      throw QboFault.throttled();
    }
    for (int i = 0; i < weight; i++) {
      requests.addLast(now);
    }
    if (batch) {
      batches.addLast(now);
    }
    inFlight++;
  }

  public synchronized void release() {
    inFlight = Math.max(0, inFlight - 1);
  }

  private static void prune(Deque<Instant> window, Instant before) {
    while (!window.isEmpty() && !window.peekFirst().isAfter(before)) {
      window.removeFirst();
    }
  }
}
