package dev.stockbook.sim.quickbooks.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QuickBooksOptions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final SimClock clock = SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z"));
  private final QuickBooksOptions options = new QuickBooksOptions().requestsPerSecond(1000);
  private final RateLimiter limiter = new RateLimiter(clock, options);

  @Test
  void an_eleventh_request_in_flight_is_throttled_until_one_finishes() {
    for (int i = 0; i < 10; i++) {
      limiter.acquire(1, false);
    }

    assertThatThrownBy(() -> limiter.acquire(1, false))
        .isInstanceOfSatisfying(
            QboFault.class,
            f -> org.assertj.core.api.Assertions.assertThat(f.code()).isEqualTo("3001"));
    limiter.release();
    assertThatCode(() -> limiter.acquire(1, false)).doesNotThrowAnyException();
  }

  @Test
  void the_41st_batch_in_a_minute_is_throttled() {
    for (int i = 0; i < 40; i++) {
      limiter.acquire(1, true);
      limiter.release();
    }

    assertThatThrownBy(() -> limiter.acquire(1, true)).isInstanceOf(QboFault.class);
    clock.advance(Duration.ofMinutes(1));
    assertThatCode(() -> limiter.acquire(1, true)).doesNotThrowAnyException();
  }

  @Test
  void a_time_scale_of_ten_allows_500_requests_per_six_seconds_and_no_more() {
    QuickBooksOptions scaled = new QuickBooksOptions().requestsPerSecond(1000).timeScale(10);
    RateLimiter fast = new RateLimiter(clock, scaled);
    for (int i = 0; i < 500; i++) {
      fast.acquire(1, false);
      fast.release();
    }

    assertThatThrownBy(() -> fast.acquire(1, false)).isInstanceOf(QboFault.class);
    clock.advance(Duration.ofMillis(5_999));
    assertThatThrownBy(() -> fast.acquire(1, false))
        .as("still within the scaled minute")
        .isInstanceOf(QboFault.class);
    clock.advance(Duration.ofMillis(1));
    assertThatCode(() -> fast.acquire(1, false)).doesNotThrowAnyException();
  }

  @Test
  void a_time_scale_of_ten_allows_10_requests_per_100_ms_and_40_batches_per_6_seconds() {
    RateLimiter fast = new RateLimiter(clock, new QuickBooksOptions().timeScale(10));
    for (int i = 0; i < 10; i++) {
      fast.acquire(1, false);
      fast.release();
    }
    assertThatThrownBy(() -> fast.acquire(1, false)).isInstanceOf(QboFault.class);
    clock.advance(Duration.ofMillis(100));
    assertThatCode(() -> fast.acquire(1, false)).doesNotThrowAnyException();
    fast.release();

    clock.advance(Duration.ofSeconds(6));
    for (int i = 0; i < 40; i++) {
      fast.acquire(1, true);
      fast.release();
    }
    assertThatThrownBy(() -> fast.acquire(1, true)).isInstanceOf(QboFault.class);
    clock.advance(Duration.ofSeconds(6));
    assertThatCode(() -> fast.acquire(1, true)).doesNotThrowAnyException();
  }

  @Test
  void a_time_scale_keeps_ten_requests_in_flight() {
    RateLimiter fast =
        new RateLimiter(clock, new QuickBooksOptions().requestsPerSecond(1000).timeScale(10));
    for (int i = 0; i < 10; i++) {
      fast.acquire(1, false);
    }

    assertThatThrownBy(() -> fast.acquire(1, false)).isInstanceOf(QboFault.class);
  }
}
