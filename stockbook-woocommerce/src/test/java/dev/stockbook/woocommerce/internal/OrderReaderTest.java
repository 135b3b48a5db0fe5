package dev.stockbook.woocommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.store.OrderCursor;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrderReaderTest {
  private static final OrderCursor SINCE =
      OrderCursor.since(Instant.parse("2026-01-02T03:04:05.700Z"));

  @Test
  void a_listing_starts_one_second_early_because_woocommerce_modified_after_is_exclusive() {
    assertThat(query(SINCE))
        .containsEntry("modified_after", "2026-01-02T03:04:04")
        .containsEntry("dates_are_gmt", "true")
        .containsEntry("orderby", "modified")
        .containsEntry("order", "asc")
        .containsEntry("per_page", "100")
        .containsEntry("page", "1")
        .containsEntry("status", "any")
        .doesNotContainKey("modified_before");
  }

  @Test
  void one_second_is_read_by_id_between_its_neighbours_page_by_page() {
    Instant second = Instant.parse("2026-01-02T03:10:00Z");
    OrderCursor within = SINCE.at(OrderReader.Position.within(second, 3).encoded());

    assertThat(query(within))
        .containsEntry("modified_after", "2026-01-02T03:09:59")
        .containsEntry("modified_before", "2026-01-02T03:10:01")
        .containsEntry("orderby", "id")
        .containsEntry("page", "3");
  }

  @Test
  void a_page_from_a_second_asks_from_the_second_before_it() {
    Instant second = Instant.parse("2026-01-02T03:10:00Z");
    OrderCursor from = SINCE.at(OrderReader.Position.from(second).encoded());

    assertThat(query(from))
        .containsEntry("modified_after", "2026-01-02T03:09:59")
        .containsEntry("orderby", "modified")
        .containsEntry("page", "1");
  }

  @Test
  void a_position_it_does_not_know_starts_the_listing_again() {
    assertThat(query(SINCE.at("3"))).isEqualTo(query(SINCE));
  }

  private static Map<String, String> query(OrderCursor cursor) {
    return OrderReader.Position.of(cursor).query(cursor, 100).params().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
