package dev.stockbook.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateGovernorTest {
  /** A clock that only the governor's sleeps move. */
  static final class SleepingClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    Duration slept = Duration.ZERO;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    void sleep(Duration d) {
      now = now.plus(d);
      slept = slept.plus(d);
    }
  }

  private final SleepingClock clock = new SleepingClock();
  private final RateGovernor governor =
      new RateGovernor(RateGovernor.Limits.QUICKBOOKS, clock, clock::sleep);

  private void send(int requests) {
    for (int i = 0; i < requests; i++) {
      governor.acquire(1, false).close();
    }
  }

  @Test
  void ten_requests_go_at_once_and_the_eleventh_waits_for_the_next_second() {
    send(10);
    assertThat(clock.slept).isZero();
    send(1);
    assertThat(clock.slept).isBetween(Duration.ofMillis(1000), Duration.ofMillis(1200));
  }

  @Test
  void five_hundred_requests_take_about_a_minute_not_less() {
    send(501);
    assertThat(clock.slept).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
    assertThat(clock.slept).isLessThan(Duration.ofSeconds(63));
  }

  @Test
  void a_batch_is_metered_per_item_and_the_forty_first_batch_waits_a_minute() {
    governor.acquire(30, true).close();
    send(1);
    assertThat(clock.slept).isBetween(Duration.ofMillis(900), Duration.ofMillis(1200));
    Duration before = clock.slept;
    for (int i = 0; i < 40; i++) {
      governor.acquire(1, true).close();
    }
    assertThat(clock.slept.minus(before))
        .as("the 41st batch waits for the minute, and no longer")
        .isBetween(Duration.ofSeconds(59), Duration.ofSeconds(62));
  }

  @Test
  void after_a_429_nobody_sends_until_the_pause_is_over() {
    governor.throttled(Duration.ofSeconds(30));
    send(1);
    assertThat(clock.slept).isBetween(Duration.ofSeconds(30), Duration.ofMillis(30_200));
    send(9);
    assertThat(clock.slept)
        .as("after the pause the second's ten go")
        .isLessThan(Duration.ofMillis(30_200));
  }
}
