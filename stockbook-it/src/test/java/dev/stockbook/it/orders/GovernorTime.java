package dev.stockbook.it.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when the rate governor waits on it: limits are kept, nothing sleeps. */
final class GovernorTime extends Clock {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
  private final AtomicReference<Duration> waited = new AtomicReference<>(Duration.ZERO);

  void advance(Duration by) {
    now.updateAndGet(t -> t.plus(by));
    waited.updateAndGet(w -> w.plus(by));
  }

  /** How long the governor would have made the engine wait so far. */
  Duration waited() {
    return waited.get();
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
