package dev.stockbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.stockbook.quickbooks.RateGovernor;
import dev.stockbook.sim.common.SimClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeScaleTest {
  private final SimClock real = SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z"));
  private final TimeScale ten = new TimeScale(10);

  @Test
  void the_scaled_clock_runs_k_times_as_fast_as_its_base() {
    Clock fast = ten.clock(real);
    Instant start = fast.instant();

    real.advance(Duration.ofMillis(1_500));

    assertThat(Duration.between(start, fast.instant())).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void the_governor_on_a_scale_of_ten_lets_ten_requests_go_per_tenth_of_a_second() {
    RateGovernor governor = ten.governor(real, real::advance);
    Instant start = real.instant();
    for (int i = 0; i < 10; i++) {
      governor.acquire(1, false).close();
    }
    assertThat(real.instant()).as("ten requests go at once").isEqualTo(start);

    governor.acquire(1, false).close();

    // the governor's second is 1.05 s of its clock: 105 ms of the real one
    assertThat(Duration.between(start, real.instant()).toMillis()).isBetween(100L, 110L);
  }

  @Test
  void the_governor_on_a_scale_of_ten_meters_500_batch_items_per_six_seconds() {
    RateGovernor governor = ten.governor(real, real::advance);
    Instant start = real.instant();
    for (int i = 0; i < 16; i++) {
      governor.acquire(30, true).close();
    }
    assertThat(real.instant()).as("480 items fit the first minute").isEqualTo(start);

    governor.acquire(30, true).close();

    // the governor's minute is 61 s of its clock: 6.1 s of the real one, not 61 s
    assertThat(Duration.between(start, real.instant()).toMillis()).isBetween(6_000L, 6_200L);
  }

  @Test
  void measured_seconds_times_k_are_the_real_equivalent_and_latencies_shrink_by_k() {
    assertThat(ten.realEquivalent(12.5)).isEqualTo(125.0, within(1e-9));
    assertThat(ten.shrink(Duration.ofMillis(150))).isEqualTo(Duration.ofMillis(15));
    assertThat(TimeScale.REAL.shrink(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void a_scale_below_one_is_refused() {
    assertThatThrownBy(() -> new TimeScale(0.5)).hasMessageContaining("--time-scale");
    assertThatThrownBy(() -> new TimeScale(Double.NaN)).hasMessageContaining("--time-scale");
  }

  @Test
  void the_bounds_under_both_readings_of_the_batch_limit() {
    assertThat(Throughput.boundSeconds(10_000)).isEqualTo(1200.0, within(1e-9));
    assertThat(Throughput.boundSecondsBatchAsOne(10_000)).isEqualTo(334 * 1.5, within(1e-9));
  }

  @Test
  void
      the_real_equivalent_counts_the_work_before_the_first_batch_once_and_multiplies_the_posting() {
    // 100 s measured: 30 s until the first batch (2 s of it store reads), 70 s of paced posting
    Throughput.Split split = new Throughput.Split(100, 30, 2);

    assertThat(split.postingSeconds()).isEqualTo(70.0, within(1e-9));
    assertThat(split.realEquivalent(ten)).isEqualTo(30 + 9 * 2 + 700, within(1e-9));
    assertThat(split.realEquivalent(TimeScale.REAL)).isEqualTo(100.0, within(1e-9));
    assertThat(split.cell(ten))
        .startsWith("748.0 s real-equivalent")
        .contains("1000.0 s if all were × 10");
  }
}
