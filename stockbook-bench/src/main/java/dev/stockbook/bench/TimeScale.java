package dev.stockbook.bench;

import dev.stockbook.core.engine.Sleeper;
import dev.stockbook.quickbooks.RateGovernor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Compressed time for the throughput measure: every time constant divided by {@code k}. The
 * QuickBooks simulator's throttle windows and latencies are divided by {@code k} (its {@code
 * timeScale} option); the engine's {@link RateGovernor} keeps QuickBooks' real limits but reads a
 * clock that runs {@code k} times faster and sleeps {@code 1/k} of what it asks for. The counts
 * (500 a minute, 10 a second, 40 batches a minute, 10 in flight) stay as they are, so a run is the
 * real one played {@code k} times faster, and measured seconds × {@code k} are the real equivalent
 * (as long as the process's own work stays small next to the waits: it is not scaled).
 */
record TimeScale(double k) {
  static final TimeScale REAL = new TimeScale(1);

  TimeScale {
    if (!(k >= 1) || Double.isInfinite(k)) {
      throw new IllegalArgumentException("--time-scale must be a finite number ≥ 1, was " + k);
    }
  }

  /** {@code real} shortened k times. */
  Duration shrink(Duration real) {
    return Duration.ofNanos(Math.round(real.toNanos() / k));
  }

  /** Seconds measured under this scale, as the real run would take them. */
  double realEquivalent(double measuredSeconds) {
    return measuredSeconds * k;
  }

  /** A clock that starts at {@code base}'s now and then runs k times as fast. */
  Clock clock(Clock base) {
    Instant origin = base.instant();
    return new Clock() {
      @Override
      public Instant instant() {
        Duration elapsed = Duration.between(origin, base.instant());
        return origin.plusNanos(Math.round(elapsed.toNanos() * k));
      }

      @Override
      public ZoneId getZone() {
        return base.getZone();
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the scaled clock keeps its base's zone");
      }
    };
  }

  /** Sleeps 1/k of each wait on {@code base}: the wait as the scaled clock sees it. */
  Sleeper sleeper(Sleeper base) {
    return d -> base.sleep(shrink(d));
  }

  /**
   * A governor with QuickBooks' real limits on this scale's time, over {@code base} and {@code
   * sleeper}.
   */
  RateGovernor governor(Clock base, Sleeper sleeper) {
    return new RateGovernor(RateGovernor.Limits.QUICKBOOKS, clock(base), sleeper(sleeper));
  }

  /** The same on the system clock, sleeping the thread (to sub-millisecond precision). */
  RateGovernor governor() {
    return governor(Clock.systemUTC(), TimeScale::sleepPrecisely);
  }

  static void sleepPrecisely(Duration d) throws InterruptedException {
    long nanos = Math.max(50_000, d.toNanos());
    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
  }
}
