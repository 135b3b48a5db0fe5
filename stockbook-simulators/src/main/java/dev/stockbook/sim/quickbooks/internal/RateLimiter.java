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
 * {@link QuickBooksOptions#timeScale()} shortens the windows for compressed benchmark runs.
 */
public final class RateLimiter {
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration SECOND = Duration.ofSeconds(1);
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
    Duration minute = scaled(MINUTE);
    Duration second = scaled(SECOND);
    prune(requests, now.minus(minute));
    prune(batches, now.minus(minute));
    long lastSecond = requests.stream().filter(t -> t.isAfter(now.minus(second))).count();
    if (requests.size() + weight > options.requestsPerMinute()
        || lastSecond + weight > options.requestsPerSecond() && weight == 1 && !batch
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

  /** A window as it is on a clock running {@code timeScale} times faster. */
  private Duration scaled(Duration window) {
    return Duration.ofNanos(Math.round(window.toNanos() / options.timeScale()));
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
