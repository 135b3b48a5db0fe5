package dev.stockbook.app.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.app.web.dashboard.DashboardBackend.OrderView;
import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.state.CycleRun;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.StockStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #17, without a browser: what the pages say is true of what they show. */
class DashboardTruthTest {
  private static final Instant T = Instant.parse("2026-06-01T12:00:00Z");

  @Test
  void a_cycle_that_parked_an_order_is_amber_and_does_not_say_no_problems() {
    CyclesPage.Run parked =
        new CyclesPage.Run(
            new CycleRun("c", T.minusSeconds(1), T, 2, 1, 1, 0, 0, "ok"), ZoneOffset.UTC);
    CyclesPage.Run clean =
        new CyclesPage.Run(
            new CycleRun("c", T.minusSeconds(1), T, 2, 2, 0, 0, 0, "ok"), ZoneOffset.UTC);
    assertThat(parked.state()).isEqualTo("attention");
    assertThat(parked.problems()).isEqualTo("1 order(s) waiting for you");
    assertThat(clean.state()).isEqualTo("ok");
    assertThat(clean.problems()).isEqualTo("no problems");
  }

  @Test
  void a_negative_quickbooks_quantity_is_never_in_sync() {
    StockPage.Row row =
        new StockPage.Row(new StockRow("TEE-S", -3L, 0, 0L, 0L, StockStatus.IN_SYNC, null), "/m");
    assertThat(row.status()).isEqualTo("Below zero in QuickBooks");
    assertThat(row.message()).contains("QuickBooks has -3 on hand");
    assertThat(row.rowClass()).isEqualTo("st-negative");
  }

  @Test
  void the_stock_sentence_says_every_sku_only_when_each_one_is_right() {
    StockRow fine = new StockRow("a", 3L, 0, 3L, 3L, StockStatus.IN_SYNC, null);
    StockRow unbound = new StockRow("b", null, 0, null, 5L, StockStatus.UNBOUND, null);
    assertThat(model(fine).summary()).isEqualTo("The store shows what it should for every SKU.");
    assertThat(model(fine, unbound).summary())
        .doesNotContain("every SKU")
        .isEqualTo("1 SKU(s) have no QuickBooks item, so Stockbook publishes no stock for them.");
  }

  @Test
  void times_name_their_zone_and_the_time_axis_has_labelled_ticks() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertThat(Html.when(T, ZoneOffset.UTC)).isEqualTo("Jun 1, 12:00:00 UTC");
    assertThat(Html.when(T, berlin)).isEqualTo("Jun 1, 14:00:00 CEST");
    Charts.Chart chart =
        Charts.overTime(
            "Cycle duration",
            "seconds",
            List.of(new Charts.Point(T, 1, "a"), new Charts.Point(T.plusSeconds(3600), 2, "b")),
            "duration",
            berlin);
    assertThat(chart.timeTicks())
        .extracting(Charts.Tick::label)
        .containsExactly("14:00", "14:30", "15:00");
    assertThat(chart.timeTitle()).isEqualTo("cycle finished (CEST)");
    assertThat(chart.valueTicks()).extracting(Charts.Tick::label).containsExactly("0", "1", "2");
  }

  @Test
  void orders_are_listed_newest_placed_first_and_paged_within_bounds() {
    List<OrderView> orders =
        new ArrayList<>(List.of(order("9", T), order("10", T), order("11", T.minusSeconds(60))));
    orders.sort(Orders.NEWEST_FIRST);
    assertThat(orders).extracting(OrderView::orderId).containsExactly("10", "9", "11");
    assertThat(OrdersPage.Paging.of("3", "10").offset()).isEqualTo(20);
    assertThat(OrdersPage.Paging.of("-1", "100000")).isEqualTo(new OrdersPage.Paging(1, 200));
    assertThat(OrdersPage.Paging.of("x", null)).isEqualTo(new OrdersPage.Paging(1, 25));
  }

  private static StockPage.Model model(StockRow... rows) {
    return new StockPage.Model(
        new Layout.Heading("c", "Stock of c", "stock"),
        "/s",
        List.of(rows).stream().map(r -> new StockPage.Row(r, "/m")).toList(),
        null,
        null);
  }

  private static OrderView order(String id, Instant placed) {
    return new OrderView(
        id,
        id,
        "Sam Shopper",
        placed,
        OrderState.POSTED,
        false,
        null,
        "Sales receipt",
        "WEB-" + id,
        List.of("a"),
        List.of(),
        BigDecimal.ONE,
        "USD",
        placed,
        placed);
  }
}
