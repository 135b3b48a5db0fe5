package dev.stockbook.woocommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.store.OrderCursor;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrderReaderTest {

  @Test
  void the_listing_asks_one_second_early_because_woocommerce_modified_after_is_exclusive() {
    OrderCursor cursor = OrderCursor.since(Instant.parse("2026-01-02T03:04:05.700Z")).at("3");

    Map<String, String> query =
        OrderReader.changedQuery(cursor, 100).params().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    assertThat(query)
        .containsEntry("modified_after", "2026-01-02T03:04:04")
        .containsEntry("dates_are_gmt", "true")
        .containsEntry("orderby", "modified")
        .containsEntry("order", "asc")
        .containsEntry("per_page", "100")
        .containsEntry("page", "3")
        .containsEntry("status", "any");
  }
}
