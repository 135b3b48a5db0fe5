package dev.stockbook.quickbooks;

import dev.stockbook.core.engine.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Keeps one company's requests under QuickBooks' limits: requests per second and per minute, batch
 * requests per minute, and requests in flight. {@link #acquire} waits (through the injected {@link
 * Sleeper}) until a request may go; after a 429 {@link #throttled} holds everyone back for a while.
 * One governor per QuickBooks company, shared by every client of that company in the process.
 *
 * <p>QuickBooks counts a request when it arrives, which is some time after we let it go and before
 * its answer is back; so a request is counted from when it is let go and, once answered, from the
 * answer's time instead: the later stamp can only make us wait longer, never too little.
 */
public final class RateGovernor {

  /** QuickBooks' published limits per company; {@link #QUICKBOOKS} are the real ones. */
  public record Limits(int perSecond, int perMinute, int batchesPerMinute, int concurrent) {
    public static final Limits QUICKBOOKS = new Limits(10, 500, 40, 10);
  }

  /** How the governor waits; tests pass one that moves a settable clock. */
  @FunctionalInterface
  /** Held while a request is in flight; close it when the answer arrived. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private static final Duration SECOND = Duration.ofMillis(1050);
  private static final Duration MINUTE = Duration.ofSeconds(61);
  private final Limits limits;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Semaphore inFlight;
  private final Window calls = new Window();
  private final Window batches = new Window();
  private Instant pausedUntil = Instant.MIN;
  private final Shared shared;

  /**
   * A budget kept outside this process that every request must also fit (the state database that
   * several nodes share), so that their requests together stay under the company's limits.
   */
  public interface Shared {
    /** Nothing outside the process: this governor's own count is the whole budget. */
    Shared NONE =
        new Shared() {
          @Override
          public Duration take(Limits limits, int weight, boolean batch, Instant now) {
            return Duration.ZERO;
          }

          @Override
          public void answered(int weight, Instant sent, Instant at) {}

          @Override
          public void pause(Instant until) {}
        };

    /** Counts the request if there is room (returns zero), else says how long to wait. */
    Duration take(Limits limits, int weight, boolean batch, Instant now);

    /**
     * The request taken at {@code sent} was answered at {@code at}: QuickBooks counted it somewhere
     * between, so from now on it counts at {@code at} (until then, from {@code sent} and as in
     * flight).
     */
    void answered(int weight, Instant sent, Instant at);

    /** QuickBooks said 429: nobody sharing the budget sends until {@code until}. */
    void pause(Instant until);
  }

  public RateGovernor(Limits limits, Clock clock, Sleeper sleeper) {
    this(limits, clock, sleeper, Shared.NONE);
  }

  public RateGovernor(Limits limits, Clock clock, Sleeper sleeper, Shared shared) {
    this.limits = limits;
    this.clock = clock;
    this.sleeper = sleeper;
    this.shared = shared;
    this.inFlight = new Semaphore(limits.concurrent(), true);
  }

  /**
   * Waits until a request that QuickBooks meters as {@code weight} calls (a batch counts each of
   * its items) is allowed; {@code batch} also counts it against the batch limit.
   */
  public Permit acquire(int weight, boolean batch) {
    try {
      inFlight.acquire();
      while (true) {
        Instant sent = tryTake(weight, batch);
        if (sent == null) {
          sleeper.sleep(waitFor(weight, batch));
          continue;
        }
        Duration elsewhere = shared.take(limits, weight, batch, sent);
        if (elsewhere.isZero()) {
          return () -> {
            Instant at = answered(sent, weight, batch);
            shared.answered(weight, sent, at);
          };
        }
        untake(sent, weight, batch);
        sleeper.sleep(elsewhere);
      }
    } catch (InterruptedException e) {
      inFlight.release();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the QuickBooks rate limit", e);
    }
  }

  /** QuickBooks said 429: nobody sends for {@code pause} (nobody sharing the budget either). */
  public void throttled(Duration pause) {
    Instant until;
    synchronized (this) {
      until = clock.instant().plus(pause);
      pausedUntil = until.isAfter(pausedUntil) ? until : pausedUntil;
    }
    shared.pause(until);
  }

  /** Gives back a count the shared budget had no room for. */
  private synchronized void untake(Instant sent, int weight, boolean batch) {
    calls.remove(sent, weight);
    if (batch) {
      batches.remove(sent, 1);
    }
  }

  private synchronized Instant answered(Instant sent, int weight, boolean batch) {
    Instant now = clock.instant();
    calls.move(sent, now, weight);
    if (batch) {
      batches.move(sent, now, 1);
    }
    inFlight.release();
    return now;
  }

  /** The stamp of the request when it may go now (and it is counted), else {@code null}. */
  private synchronized Instant tryTake(int weight, boolean batch) {
    if (!waitFor(weight, batch).isZero()) {
      return null;
    }
    Instant now = clock.instant();
    calls.add(now, weight);
    if (batch) {
      batches.add(now, 1);
    }
    return now;
  }

  private synchronized Duration waitFor(int weight, boolean batch) {
    Instant now = clock.instant();
    Duration wait = now.isBefore(pausedUntil) ? Duration.between(now, pausedUntil) : Duration.ZERO;
    if (weight == 1) {
      wait = max(wait, calls.waitForRoom(limits.perSecond(), SECOND, now));
    }
    wait = max(wait, calls.waitForRoom(limits.perMinute() - weight + 1, MINUTE, now));
    if (batch) {
      wait = max(wait, batches.waitForRoom(limits.batchesPerMinute(), MINUTE, now));
    }
    return wait;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Request stamps in time order (at most a minute's worth). */
  private static final class Window {
    private final List<Instant> stamps = new ArrayList<>();

    void add(Instant at, int n) {
      int i = Collections.binarySearch(stamps, at);
      int pos = i < 0 ? -i - 1 : i;
      for (int k = 0; k < n; k++) {
        stamps.add(pos, at);
      }
    }

    void remove(Instant at, int n) {
      for (int k = 0; k < n; k++) {
        stamps.remove(at);
      }
    }

    void move(Instant from, Instant to, int n) {
      for (int k = 0; k < n; k++) {
        stamps.remove(from);
      }
      add(to, n);
    }

    /** How long until fewer than {@code room} stamps lie within {@code span} before now. */
    Duration waitForRoom(int room, Duration span, Instant now) {
      Instant since = now.minus(span);
      stamps.removeIf(s -> s.isBefore(now.minus(MINUTE)));
      int from = Collections.binarySearch(stamps, since);
      int first = from < 0 ? -from - 1 : from + 1;
      int inSpan = stamps.size() - first;
      if (inSpan < Math.max(1, room)) {
        return Duration.ZERO;
      }
      Instant frees = stamps.get(first + inSpan - Math.max(1, room));
      return Duration.between(now, frees.plus(span)).plusMillis(1);
    }
  }
}
