package dev.stockbook.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** sync.posting=daily-summary: one receipt per UTC day grouped by SKU, exactly once. */
class DailySummaryTest {
  private EngineHarness h;

  @BeforeEach
  void setUp() {
    h = new EngineHarness().stocked("A", 50).stocked("B", 50);
    h.settings = h.settings.withBookkeeping(h.settings.bookkeeping().withDailySummary(true));
    h.store.place(h.sale("1").line("A", "2", "10.00").shipping("Post", "5.00").tax("1.00").build());
    h.store.place(h.sale("2").line("A", "1", "10.00").line("B", "3", "4.00").tax("0.50").build());
  }

  private void nextDay() {
    h.clock.set(Instant.parse("2025-03-02T00:15:00Z"));
  }

  @Test
  void a_day_is_summed_once_it_is_over_into_one_receipt_grouped_by_sku() {
    h.cycle();
    assertThat(h.books.documents()).isEmpty();
    assertThat(h.stateOf("1")).isEqualTo(OrderState.WAITING);

    nextDay();
    h.cycle();
    h.cycle();

    assertThat(h.books.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.document().docNumber()).isEqualTo("WEB-D250301");
              assertThat(d.document().kind()).isEqualTo(DocumentKind.SALES_RECEIPT);
              assertThat(d.computedTotal()).isEqualByComparingTo("48.50");
              assertThat(d.document().totalTax()).isEqualByComparingTo("1.50");
              assertThat(
                      d.document().lines().stream()
                          .filter(l -> l.kind() == DocumentLine.Kind.ITEM)
                          .map(DocumentLine::quantity))
                  .containsExactly(new BigDecimal("3"), new BigDecimal("3"));
            });
    assertThat(h.books.documentsSent()).isEqualTo(1);
    assertThat(h.order("1").state()).isEqualTo(OrderState.POSTED);
    assertThat(h.order("2").booksDocNumber()).isEqualTo("WEB-D250301");
    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("47"));
  }

  @Test
  void a_lost_answer_is_settled_by_lookup_and_nothing_is_summed_twice() {
    nextDay();
    h.books.failNextPost(FakeBooks.Fault.LOSE_RESPONSE);
    h.cycle();
    h.cycle();
    h.cycle();

    assertThat(h.books.documents()).hasSize(1);
    assertThat(h.books.documentsSent()).isEqualTo(1);
    assertThat(h.stateOf("1")).isEqualTo(OrderState.POSTED);
    assertThat(h.stateOf("2")).isEqualTo(OrderState.POSTED);
    assertThat(h.order("1").booksId()).isEqualTo(h.books.documents().get(0).id());
  }

  @Test
  void a_stored_document_whose_answer_failed_is_found_and_the_orders_recorded() {
    nextDay();
    h.books.failNextPost(FakeBooks.Fault.THROW_AFTER_STORING);
    h.cycle();
    h.cycle();

    assertThat(h.books.documents()).hasSize(1);
    assertThat(h.stateOf("2")).isEqualTo(OrderState.POSTED);
  }

  @Test
  void a_day_of_refunds_only_is_one_refund_receipt() {
    nextDay();
    h.cycle();
    StoreOrder placed = h.store.ordersById(List.of("2")).get(0);
    StoreRefund refund =
        new StoreRefund("R9", h.clock.instant(), new BigDecimal("4.50"), "", List.of());
    h.clock.advance(Duration.ofMinutes(2));
    h.store.update(OrderBuilder.from(placed).refund(refund).modifiedAt(h.clock.instant()).build());
    h.cycle();

    h.clock.set(Instant.parse("2025-03-03T00:15:00Z"));
    h.cycle();

    assertThat(h.books.documentsNumbered("WEB-D250302"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.document().kind()).isEqualTo(DocumentKind.REFUND_RECEIPT);
              assertThat(d.computedTotal()).isEqualByComparingTo("4.50");
            });
  }

  @Test
  void an_order_read_after_its_day_was_summed_makes_the_day_s_second_summary() {
    nextDay();
    h.cycle();
    h.store.place(
        h.sale("3").at(Instant.parse("2025-03-01T23:59:00Z")).line("B", "1", "4.00").build());

    h.cycle();

    assertThat(h.books.documentsNumbered("WEB-D250301-2"))
        .singleElement()
        .satisfies(d -> assertThat(d.computedTotal()).isEqualByComparingTo("4.00"));
    assertThat(h.books.documents()).hasSize(2);
  }

  @Test
  void a_refund_goes_into_the_summary_of_its_day_with_its_units_back_in_stock() {
    nextDay();
    h.cycle();
    StoreOrder placed = h.store.ordersById(List.of("1")).get(0);
    StoreRefund refund =
        new StoreRefund(
            "R1",
            h.clock.instant(),
            new BigDecimal("10.00"),
            "",
            List.of(
                new StoreRefund.RefundLine(
                    placed.lines().get(0).lineId(),
                    "A",
                    BigDecimal.ONE,
                    new BigDecimal("10.00"),
                    BigDecimal.ZERO,
                    BigDecimal.ONE)));
    h.clock.advance(Duration.ofMinutes(2));
    h.store.update(OrderBuilder.from(placed).refund(refund).modifiedAt(h.clock.instant()).build());
    h.store.adjust("A", 1);
    h.store.place(h.sale("4").line("B", "5", "6.00").build());
    h.cycle();
    assertThat(h.books.documents()).hasSize(1);

    h.clock.set(Instant.parse("2025-03-03T00:15:00Z"));
    h.cycle();
    h.cycle();

    assertThat(h.books.documentsNumbered("WEB-D250302"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.computedTotal()).isEqualByComparingTo("20.00");
              assertThat(d.document().lines())
                  .anySatisfy(l -> assertThat(l.quantity()).isEqualByComparingTo("-1"));
            });
    assertThat(h.books.documents(DocumentKind.REFUND_RECEIPT)).isEmpty();
    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("48"));
  }
}
