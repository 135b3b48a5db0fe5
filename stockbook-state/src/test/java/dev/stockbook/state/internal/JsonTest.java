package dev.stockbook.state.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.state.StateStoreContract;
import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.StoreOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void an_order_comes_back_equal_with_every_amount_at_its_own_scale() {
    StoreOrder order = StateStoreContract.sampleOrder("42", "redwine", 5);
    StoreOrder back = Json.readOrder(Json.write(order));
    assertThat(back).isEqualTo(order);
    assertThat(back.total().scale()).isEqualTo(2);
    assertThat(back.shipping().get(0).tax().scale()).isZero();
  }

  @Test
  void unusual_scales_and_nanosecond_instants_survive() {
    Instant at = Instant.parse("2026-03-01T10:15:30.123456789Z");
    StoreOrder order =
        new StoreOrder(
            "1",
            "1",
            "processing",
            OrderLifecycle.PAID,
            "USD",
            at,
            at,
            false,
            "",
            null,
            List.of(
                new StoreOrder.OrderLine(
                    "1",
                    "2",
                    null,
                    null,
                    "x",
                    new BigDecimal("0.5000"),
                    new BigDecimal("1E+3"),
                    new BigDecimal("-0.10"),
                    new BigDecimal("12345678901234567890.123456789"))),
            List.of(),
            List.of(),
            List.of(),
            BigDecimal.ZERO,
            new BigDecimal("0.00"),
            true,
            List.of());
    StoreOrder back = Json.readOrder(Json.write(order));
    assertThat(back).isEqualTo(order);
    assertThat(back.lines().get(0).subtotal().scale()).isEqualTo(-3);
  }

  @Test
  void a_snapshot_written_by_stockbook_0_1_reads_with_its_lifecycle_and_restocks() {
    String old =
        "{\"id\":\"7\",\"number\":\"7\",\"status\":\"completed\",\"currency\":\"USD\","
            + "\"createdAt\":\"2026-03-01T10:00:00Z\",\"modifiedAt\":\"2026-03-01T10:00:00Z\","
            + "\"paid\":true,\"paymentMethod\":\"\",\"lines\":[],\"shipping\":[],\"fees\":[],"
            + "\"coupons\":[],\"totalTax\":0,\"total\":60.00,\"pricesIncludeTax\":false,"
            + "\"refunds\":[{\"id\":\"r1\",\"createdAt\":\"2026-03-02T10:00:00Z\",\"amount\":12.00,"
            + "\"reason\":\"\",\"restocked\":true,\"lines\":[{\"orderLineId\":\"1\",\"sku\":\"a\","
            + "\"quantity\":2,\"amount\":12.00,\"tax\":0}]},"
            + "{\"id\":\"r2\",\"createdAt\":\"2026-03-02T11:00:00Z\",\"amount\":6.00,"
            + "\"reason\":\"\",\"restocked\":false,\"lines\":[{\"orderLineId\":\"1\",\"sku\":\"a\","
            + "\"quantity\":1,\"amount\":6.00,\"tax\":0}]}]}";

    StoreOrder back = Json.readOrder(old);

    assertThat(back.lifecycle()).isEqualTo(OrderLifecycle.FULFILLED);
    assertThat(back.total().scale()).isEqualTo(2);
    assertThat(back.refunds().get(0).lines().get(0).restocked()).isEqualByComparingTo("2");
    assertThat(back.refunds().get(1).lines().get(0).restocked()).isEqualByComparingTo("0");
    assertThat(back.refunds().get(1).restocked()).isFalse();
  }

  @Test
  void tax_rates_survive_and_a_snapshot_without_them_reads_with_none() {
    StoreOrder sample = StateStoreContract.sampleOrder("43", "redwine", 2);
    StoreOrder order =
        new StoreOrder(
            sample.id(),
            sample.number(),
            sample.status(),
            sample.lifecycle(),
            sample.currency(),
            sample.createdAt(),
            sample.modifiedAt(),
            sample.paid(),
            sample.paymentMethod(),
            sample.customer(),
            List.of(sample.lines().get(0).withTaxRates(List.of("GST", "PST BC"))),
            List.of(
                new StoreOrder.Charge(
                    "s1", "Post", BigDecimal.ONE, BigDecimal.ZERO, List.of("GST"))),
            List.of(),
            List.of(),
            sample.totalTax(),
            sample.total(),
            false,
            List.of());
    String written = Json.write(order);
    String old = written.replace(",\"taxRates\":[\"GST\",\"PST BC\"]", "");

    assertThat(Json.readOrder(written)).isEqualTo(order);
    assertThat(Json.readOrder(written).lines().get(0).taxRates()).containsExactly("GST", "PST BC");
    assertThat(old).doesNotContain("PST BC");
    assertThat(Json.readOrder(old).lines().get(0).taxRates()).isEmpty();
  }
}
