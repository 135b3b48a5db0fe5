package dev.stockbook.quickbooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void a_batch_request_id_is_deterministic_and_fits_in_36_characters() {
    String id = RequestIds.forBatch(List.of("pk-1", "pk-2"));
    assertThat(id)
        .hasSizeLessThanOrEqualTo(36)
        .isEqualTo(RequestIds.forBatch(List.of("pk-1", "pk-2")));
    assertThat(id).isNotEqualTo(RequestIds.forBatch(List.of("pk-2", "pk-1")));
  }

  @Test
  void a_derived_id_stays_readable_when_short_and_within_50_characters_when_long() {
    assertThat(RequestIds.derived("pk-1", "pay")).isEqualTo("pk-1-pay");
    assertThat(RequestIds.derived("k".repeat(50), "pay"))
        .hasSizeLessThanOrEqualTo(50)
        .startsWith("pay-");
  }
}
