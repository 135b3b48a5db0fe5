package dev.stockbook.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final List<Duration> pauses = new ArrayList<>();
  private final RetryPolicy policy = RetryPolicy.standard(pauses::add, new Random(7));

  @Test
  void a_call_that_fails_for_now_is_tried_again_with_growing_pauses() {
    AtomicInteger calls = new AtomicInteger();
    String result =
        policy.run(
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("busy");
              }
              return "ok";
            },
            e -> true);
    assertThat(result).isEqualTo("ok");
    assertThat(pauses).hasSize(2);
    assertThat(pauses.get(1)).isGreaterThan(pauses.get(0));
    assertThat(pauses.get(0)).isBetween(Duration.ofMillis(400), Duration.ofMillis(600));
  }

  @Test
  void a_permanent_failure_is_not_retried_and_attempts_are_bounded() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                policy.run(
                    () -> {
                      calls.incrementAndGet();
                      throw new IllegalArgumentException("refused");
                    },
                    e -> !(e instanceof IllegalArgumentException)))
        .hasMessage("refused");
    assertThat(calls).hasValue(1);
    assertThatThrownBy(
            () ->
                policy.run(
                    () -> {
                      calls.incrementAndGet();
                      throw new IllegalStateException("still busy");
                    },
                    e -> true))
        .hasMessage("still busy");
    assertThat(calls).hasValue(1 + 4);
  }
}
