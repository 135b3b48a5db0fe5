package dev.stockbook.sim.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest {
  @Test
  void comparators_quotes_negation_and_free_text_are_read() {
    assertThat(
            Search.parse(
                "updated_at:>='2026-03-01T00:00:00Z' AND -status:cancelled NOT sku:TEE-S wine"))
        .containsExactly(
            new Search.Term("updated_at", ">=", "2026-03-01T00:00:00Z", false),
            new Search.Term("status", "=", "cancelled", true),
            new Search.Term("sku", "=", "TEE-S", true),
            new Search.Term("", "=", "wine", false));
  }

  @Test
  void dates_without_time_or_offset_are_read_as_utc() {
    assertThat(Filter.instant("2026-03-01")).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(Filter.instant("2026-03-01T05:00:00-05:00"))
        .isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(Filter.instant("2026-03-01T05:00:00"))
        .isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));
  }

  @Test
  void an_updated_at_filter_keeps_only_later_items() {
    record Item(Instant at) {}
    Filter<Item> filter = new Filter<Item>().field("updated_at", Item::at);
    var p = filter.compile("updated_at:>2026-03-01T10:00:00Z", List.of("orders"), null);
    assertThat(p.test(new Item(Instant.parse("2026-03-01T10:00:01Z")))).isTrue();
    assertThat(p.test(new Item(Instant.parse("2026-03-01T10:00:00Z")))).isFalse();
  }
}
