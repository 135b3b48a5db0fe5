package dev.stockbook.woocommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.StoreRefund;
import dev.stockbook.store.StoreRefund.RefundLine;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefundMapperTest {
  private final JsonNode order = Fixtures.json("handmade/order-with-refund.json");
  private final JsonNode refunds = Fixtures.json("handmade/order-refunds.json");

  @Test
  void negative_woocommerce_refund_lines_become_positive_and_point_at_the_order_line() {
    StoreRefund refund = RefundMapper.map(refunds.get(0), order);

    assertThat(refund.id()).isEqualTo("16");
    assertThat(refund.createdAt()).isEqualTo(Instant.parse("2026-11-26T17:05:00Z"));
    assertThat(refund.amount()).isEqualTo(new BigDecimal("10.00"));
    assertThat(refund.reason()).isEqualTo("Damaged");
    assertThat(refund.restocksKnown())
        .as("WooCommerce says what was restocked per order line only")
        .isFalse();
    assertThat(refund.lines())
        .containsExactly(
            new RefundLine(
                "3",
                "W-1",
                new BigDecimal("1"),
                new BigDecimal("10.00"),
                new BigDecimal("0.00"),
                null));
  }

  @Test
  void an_amount_only_refund_has_no_lines_and_restocked_nothing() {
    StoreRefund refund = RefundMapper.map(refunds.get(1), order);

    assertThat(refund.lines()).isEmpty();
    assertThat(refund.restocked()).isFalse();
    assertThat(refund.amount()).isEqualTo(new BigDecimal("20.00"));
  }

  @Test
  void without_refunded_item_meta_the_line_is_matched_by_product() {
    JsonNode refund = refunds.get(0).deepCopy();
    ((ObjectNode) refund.path("line_items").get(0)).putArray("meta_data");

    assertThat(RefundMapper.map(refund, order).lines().get(0).orderLineId()).isEqualTo("3");
  }
}
