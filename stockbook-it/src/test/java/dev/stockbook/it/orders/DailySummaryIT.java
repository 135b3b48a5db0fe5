package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.core.state.PostingState;
import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.woocommerce.OrderOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16, summary posting over HTTP: with {@code sync.posting=daily-summary} the day's orders
 * become one sales receipt grouped by SKU once the day is over, its total the sum of the store's,
 * the stock down by every unit sold, posted once however many cycles run.
 */
class DailySummaryIT {
  @TempDir Path dir;

  @Test
  void the_day_s_orders_become_one_receipt_by_sku_posted_once() throws Exception {
    try (OrdersWorld world = OrdersWorld.start(dir, Map.of("sync.posting", "daily-summary"))) {
      world.woo.setTaxRate("8.25");
      long a = world.order(OrderOptions.defaults().withShipping("4.00"), "redwine:2", "TEE-S:1");
      long b = world.order("redwine:1", "whitewine:3");
      world.cycle();
      assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(a))).isZero();

      world.laterBy(Duration.ofDays(1).plusMinutes(30));
      world.cycle();
      world.cycle();

      String day = DateTimeFormatter.ofPattern("yyMMdd").format(LocalDate.now(ZoneOffset.UTC));
      List<JsonNode> found = world.books.documents("SalesReceipt", "WEB-D" + day);
      assertThat(found).hasSize(1);
      JsonNode summary = found.get(0);
      BigDecimal storeTotal =
          new BigDecimal(world.store.order(a).get("total").asText())
              .add(new BigDecimal(world.store.order(b).get("total").asText()));
      assertThat(summary.get("TotalAmt").decimalValue()).isEqualByComparingTo(storeTotal);
      assertThat(qty(world, summary, "redwine")).isEqualByComparingTo("3");
      assertThat(world.books.onHand("redwine")).isEqualByComparingTo("17");
      assertThat(world.books.onHand("whitewine")).isEqualByComparingTo("32");
      var order =
          world
              .wiring()
              .state()
              .orders()
              .find(OrdersWorld.CONNECTION, String.valueOf(a))
              .orElseThrow();
      assertThat(order.state()).isEqualTo(OrderState.POSTED);
      assertThat(order.booksDocNumber()).isEqualTo("WEB-D" + day);
    }
  }

  @Test
  void a_summary_whose_answer_was_lost_and_whose_process_stopped_is_found_not_sent_again()
      throws Exception {
    try (OrdersWorld world = OrdersWorld.start(dir, Map.of("sync.posting", "daily-summary"))) {
      long a = world.order("redwine:2");
      long b = world.order("whitewine:1");
      world.cycle();
      world.laterBy(Duration.ofDays(1).plusMinutes(30));
      world.qb.faults().next("POST", ".*/salesreceipt", Fault.commitThenDrop(), 1);
      world.cycle();
      // what a crash leaves on disk: every row of the summary as written before the request
      List<Posting> rows = world.wiring().state().postings().unresolved(OrdersWorld.CONNECTION);
      assertThat(rows).hasSize(3).allMatch(p -> p.kind() == PostingKind.SUMMARY);
      rows.forEach(
          p ->
              world
                  .wiring()
                  .state()
                  .postings()
                  .record(p.key(), PostingState.SENDING, null, null, p.createdAt()));
      world.restart();

      world.cycle();
      world.cycle();

      String day = DateTimeFormatter.ofPattern("yyMMdd").format(LocalDate.now(ZoneOffset.UTC));
      assertThat(world.books.documents("SalesReceipt", "WEB-D" + day)).hasSize(1);
      assertThat(
              world
                  .qb
                  .journal()
                  .count(e -> e.method().equals("POST") && e.path().endsWith("/salesreceipt")))
          .as("creates sent")
          .isEqualTo(1);
      for (long id : new long[] {a, b}) {
        var order =
            world
                .wiring()
                .state()
                .orders()
                .find(OrdersWorld.CONNECTION, String.valueOf(id))
                .orElseThrow();
        assertThat(order.state()).isEqualTo(OrderState.POSTED);
      }
      assertThat(world.books.onHand("redwine")).isEqualByComparingTo("18");
      assertThat(world.wiring().state().postings().unresolved(OrdersWorld.CONNECTION)).isEmpty();
    }
  }

  private static BigDecimal qty(OrdersWorld world, JsonNode receipt, String sku) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode line : receipt.path("Line")) {
      JsonNode d = line.path("SalesItemLineDetail");
      if (!d.isMissingNode() && sku.equals(world.books.itemName(d.path("ItemRef")))) {
        sum = sum.add(d.path("Qty").decimalValue());
      }
    }
    return sum;
  }
}
