package dev.stockbook.core.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;

/**
 * Keeps one company's requests under QuickBooks' limits: requests per second and per minute,
 * batch requests per minute, and requests in flight. {@link #acquire} waits (through the injected
 * {@link Sleeper}) until a request may go; after a 429 {@link #throttled} holds everyone back for a
 * while. One governor per QuickBooks company, shared by every client of that company in the process.
 */
public final class RateGovernor {

  /** QuickBooks' published limits per company; {@link #QUICKBOOKS} are the real ones. */
  public record Limits(int perSecond, int perMinute, int batchesPerMinute, int concurrent) {
    public static final Limits QUICKBOOKS = new Limits(10, 500, 40, 10);
  }

  /** How the governor waits; tests pass one that moves a settable clock. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(Math.max(1, d.toMillis()));
  }

  /** Held while a request is in flight; close it when the answer arrived. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  /** Windows are this much longer than QuickBooks' own: our clock starts before the request arrives. */
  private static final Duration SECOND = Duration.ofMillis(1150);
  private static final Duration MINUTE = Duration.ofSeconds(61);
  private final Limits limits;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Semaphore inFlight;
  private final Deque<Instant> lastSecond = new ArrayDeque<>();
  private final Deque<Instant> lastMinute = new ArrayDeque<>();
  private final Deque<Instant> batches = new ArrayDeque<>();
  private Instant pausedUntil = Instant.MIN;

  public RateGovernor(Limits limits, Clock clock, Sleeper sleeper) {
    this.limits = limits;
    this.clock = clock;
    this.sleeper = sleeper;
    this.inFlight = new Semaphore(limits.concurrent(), true);
  }

  /**
   * Waits until a request that QuickBooks meters as {@code weight} calls (a batch counts each of its
   * items) is allowed; {@code batch} also counts it against the batch limit.
   */
  public Permit acquire(int weight, boolean batch) {
    try {
      inFlight.acquire();
      while (true) {
        Duration wait = tryTake(weight, batch);
        if (wait.isZero()) {
          return inFlight::release;
        }
        sleeper.sleep(wait);
      }
    } catch (InterruptedException e) {
      inFlight.release();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the QuickBooks rate limit", e);
    }
  }

  /** QuickBooks said 429: nobody sends for {@code pause}. */
  public synchronized void throttled(Duration pause) {
    Instant until = clock.instant().plus(pause);
    pausedUntil = until.isAfter(pausedUntil) ? until : pausedUntil;
  }

  /** Zero when the request may go now (and it is counted), else how long to wait. */
  private synchronized Duration tryTake(int weight, boolean batch) {
    Instant now = clock.instant();
    prune(lastSecond, now.minus(SECOND));
    prune(lastMinute, now.minus(MINUTE));
    prune(batches, now.minus(MINUTE));
    Duration wait = Duration.ZERO;
    if (now.isBefore(pausedUntil)) {
      wait = Duration.between(now, pausedUntil);
    }
    if (weight == 1) {
      wait = max(wait, full(lastSecond, limits.perSecond(), SECOND, now));
    }
    wait = max(wait, full(lastMinute, limits.perMinute() - weight + 1, MINUTE, now));
    if (batch) {
      wait = max(wait, full(batches, limits.batchesPerMinute(), MINUTE, now));
    }
    if (wait.isZero()) {
      for (int i = 0; i < weight; i++) {
        lastSecond.addLast(now);
        lastMinute.addLast(now);
      }
      if (batch) {
        batches.addLast(now);
      }
    }
    return wait;
  }

  /** How long until {@code window} holds fewer than {@code room} stamps. */
  private static Duration full(Deque<Instant> window, int room, Duration span, Instant now) {
    if (window.size() < room) {
      return Duration.ZERO;
    }
    Instant frees = window.stream().skip(window.size() - Math.max(1, room)).findFirst().orElse(now);
    return Duration.between(now, frees.plus(span)).plusMillis(1);
  }

  private static void prune(Deque<Instant> window, Instant before) {
    while (!window.isEmpty() && !window.peekFirst().isAfter(before)) {
      window.pollFirst();
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
