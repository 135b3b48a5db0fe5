package dev.stockbook.state.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {
  @Test
  void an_instant_is_written_at_fixed_width_and_read_back_exactly() {
    Instant at = Instant.parse("2026-03-01T10:15:30.000000500Z");
    assertThat(Times.format(at)).isEqualTo("2026-03-01T10:15:30.000000500Z");
    assertThat(Times.parse(Times.format(at))).isEqualTo(at);
    assertThat(Times.format(null)).isNull();
  }

  @Test
  void text_order_is_time_order_even_when_fractions_differ() {
    String whole = Times.format(Instant.parse("2026-03-01T10:15:30Z"));
    String half = Times.format(Instant.parse("2026-03-01T10:15:30.5Z"));
    assertThat(whole).isLessThan(half);
  }
}
