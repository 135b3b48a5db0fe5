package dev.stockbook.sim.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulators' notion of "now". Follows the system clock shifted by an offset until a test pins
 * it with {@link #set(Instant)}; {@link #advance(Duration)} moves it either way. Thread-safe.
 */
public final class SimClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
  private final AtomicReference<Instant> pinned = new AtomicReference<>();

  public SimClock(Clock base) {
    this.base = base;
  }

  public static SimClock system() {
    return new SimClock(Clock.systemUTC());
  }

  /** A clock stopped at {@code instant}; only {@link #advance} moves it. */
  public static SimClock fixed(Instant instant) {
    SimClock clock = system();
    clock.set(instant);
    return clock;
  }

  public void set(Instant instant) {
    pinned.set(instant);
  }

  public void advance(Duration duration) {
    Instant at = pinned.get();
    if (at != null) {
      pinned.set(at.plus(duration));
    } else {
      offset.updateAndGet(o -> o.plus(duration));
    }
  }

  @Override
  public Instant instant() {
    Instant at = pinned.get();
    return at != null ? at : base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("SimClock is always UTC");
  }
}
