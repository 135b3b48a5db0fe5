package dev.stockbook.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AfterPostingTest {
  private EngineHarness h;
  private StoreOrder placed;

  @BeforeEach
  void setUp() {
    h = new EngineHarness().stocked("A", 10);
    placed = h.sale("1001").line("A", "2", "10.00").build();
    h.store.place(placed);
  }

  private StoreOrder changed(OrderBuilder b) {
    h.clock.advance(Duration.ofMinutes(2));
    return b.modifiedAt(h.clock.instant()).build();
  }

  private void cancelInStore(StoreOrder order) {
    h.store.update(changed(OrderBuilder.from(order).status("cancelled")));
    h.store.adjust("A", 2);
  }

  @Test
  void cancelled_after_posting_voids_once() {
    h.cycle();
    cancelInStore(placed);

    h.cycle();
    h.cycle();

    assertThat(h.books.voidCalls()).isEqualTo(1);
    assertThat(h.books.documents()).singleElement().satisfies(d -> assertThat(d.voided()).isTrue());
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.VOIDED);
    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("10"));
    assertThat(h.store.stock("A")).isEqualTo(10);
  }

  @Test
  void a_void_whose_answer_was_lost_is_sent_again_under_the_same_key_and_voids_once() {
    h.cycle();
    cancelInStore(placed);
    h.books.loseNextVoidAnswer();

    h.cycle();
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.POSTED);
    h.cycle();
    h.cycle();

    assertThat(h.books.voidCalls()).isEqualTo(2);
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.VOIDED);
    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("10"));
  }

  @Test
  void
      a_sale_not_yet_sent_is_withdrawn_when_the_order_is_cancelled_and_sent_if_it_becomes_a_sale_again() {
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);
    h.cycle();
    StoreOrder cancelled = changed(OrderBuilder.from(placed).status("cancelled"));
    h.store.update(cancelled);
    h.cycle();
    assertThat(
            h.state.postings().inState("shop", dev.stockbook.core.state.PostingState.NOT_APPLIED))
        .isEmpty();
    assertThat(h.state.postings().inState("shop", dev.stockbook.core.state.PostingState.WITHDRAWN))
        .hasSize(1);

    h.store.update(changed(OrderBuilder.from(cancelled).status("paid")));
    h.cycle();
    assertThat(h.books.documents(DocumentKind.SALES_RECEIPT)).hasSize(1);
    assertThat(h.state.postings().inState("shop", dev.stockbook.core.state.PostingState.WITHDRAWN))
        .isEmpty();
  }

  @Test
  void cancelled_before_posting_sends_nothing() {
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);
    h.cycle();
    cancelInStore(placed);

    h.cycle();

    assertThat(h.books.documents()).isEmpty();
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.VOIDED);
    assertThat(h.store.stock("A")).isEqualTo(10);
  }

  @Test
  void a_sale_found_after_the_order_was_cancelled_is_still_voided() {
    h.books.failNextPost(FakeBooks.Fault.LOSE_RESPONSE);
    h.cycle();
    h.books.failLookups(10);
    cancelInStore(placed);
    h.cycle();
    h.books.failLookups(0);

    h.cycle();
    h.cycle();

    assertThat(h.books.documents()).singleElement().satisfies(d -> assertThat(d.voided()).isTrue());
    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("10"));
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.VOIDED);
  }

  @Test
  void a_refund_made_while_the_sale_was_still_waiting_is_posted_once_the_sale_is() {
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);
    h.cycle();
    StoreRefund refund =
        new StoreRefund(
            "R1",
            h.clock.instant(),
            new BigDecimal("10.00"),
            "Damaged",
            List.of(
                new StoreRefund.RefundLine(
                    "L1",
                    "A",
                    BigDecimal.ONE,
                    new BigDecimal("10.00"),
                    BigDecimal.ZERO,
                    BigDecimal.ONE)));
    h.store.update(changed(OrderBuilder.from(placed).refund(refund)));
    h.store.adjust("A", 1);
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);
    h.cycle();
    assertThat(h.books.documents()).isEmpty();

    h.cycle();
    h.cycle();

    assertThat(h.books.documents(DocumentKind.SALES_RECEIPT)).hasSize(1);
    assertThat(h.books.documents(DocumentKind.REFUND_RECEIPT))
        .singleElement()
        .satisfies(d -> assertThat(d.document().docNumber()).isEqualTo("WEB-1001-R1"));
  }

  @Test
  void a_refund_and_a_cancellation_recorded_by_a_cycle_that_stopped_early_are_still_written() {
    StoreOrder other = h.sale("1002").line("A", "1", "10.00").build();
    h.store.place(other);
    h.cycle();
    StoreRefund refund =
        new StoreRefund(
            "R1",
            h.clock.instant(),
            new BigDecimal("10.00"),
            "Damaged",
            List.of(
                new StoreRefund.RefundLine(
                    "L1",
                    "A",
                    BigDecimal.ONE,
                    new BigDecimal("10.00"),
                    BigDecimal.ZERO,
                    BigDecimal.ONE)));
    h.store.update(changed(OrderBuilder.from(placed).refund(refund)));
    h.store.update(changed(OrderBuilder.from(other).status("cancelled")));
    h.books.failCustomerLookups(1); // the refund step stops after the orders were recorded
    h.cycle();

    h.cycle(); // the orders did not change again in the store
    h.cycle();

    assertThat(h.books.documents(DocumentKind.REFUND_RECEIPT))
        .singleElement()
        .satisfies(d -> assertThat(d.document().docNumber()).isEqualTo("WEB-1001-R1"));
    assertThat(h.stateOf("1002")).isEqualTo(OrderState.VOIDED);
  }

  @Test
  void a_refund_becomes_one_refund_receipt() {
    h.cycle();
    StoreRefund refund =
        new StoreRefund(
            "R1",
            h.clock.instant(),
            new BigDecimal("10.00"),
            "Damaged",
            List.of(
                new StoreRefund.RefundLine(
                    "L1",
                    "A",
                    BigDecimal.ONE,
                    new BigDecimal("10.00"),
                    BigDecimal.ZERO,
                    BigDecimal.ONE)));
    h.store.update(changed(OrderBuilder.from(placed).refund(refund)));
    h.store.adjust("A", 1);

    h.cycle();
    h.cycle();

    assertThat(h.books.documents(DocumentKind.REFUND_RECEIPT))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.computedTotal()).isEqualByComparingTo("10.00");
              assertThat(d.document().docNumber()).isEqualTo("WEB-1001-R1");
            });
    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("9"));
    assertThat(h.store.stock("A")).isEqualTo(9);
  }

  @Test
  void a_second_refund_becomes_a_second_receipt_and_the_first_is_not_repeated() {
    h.cycle();
    StoreRefund first =
        new StoreRefund("R1", h.clock.instant(), new BigDecimal("5.00"), "", List.of());
    StoreOrder once = changed(OrderBuilder.from(placed).refund(first));
    h.store.update(once);
    h.cycle();
    StoreRefund second =
        new StoreRefund("R2", h.clock.instant(), new BigDecimal("3.00"), "", List.of());
    h.store.update(changed(OrderBuilder.from(once).refund(second)));

    h.cycle();
    h.cycle();

    assertThat(h.books.documents(DocumentKind.REFUND_RECEIPT))
        .extracting(d -> d.computedTotal())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("5.00"), new BigDecimal("3.00"));
    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("8"));
  }

  @Test
  void a_refund_whose_answer_was_lost_is_not_sent_twice() {
    h.cycle();
    StoreRefund refund =
        new StoreRefund("R1", h.clock.instant(), new BigDecimal("5.00"), "", List.of());
    h.store.update(changed(OrderBuilder.from(placed).refund(refund)));
    h.books.failNextPost(FakeBooks.Fault.LOSE_RESPONSE);

    h.cycle();
    h.cycle();
    h.cycle();

    assertThat(h.books.documents(DocumentKind.REFUND_RECEIPT)).hasSize(1);
  }
}
