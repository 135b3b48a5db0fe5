package dev.stockbook.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.PostingState;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExactlyOncePostingTest {
  private EngineHarness h;

  @BeforeEach
  void setUp() {
    h = new EngineHarness().stocked("A", 10);
    h.store.place(
        h.sale("1001").line("A", "2", "10.00").shipping("Flat rate", "5.00").tax("2.00").build());
  }

  @Test
  void an_order_is_posted_once_even_when_the_cycle_runs_twice() {
    h.cycle();
    h.cycle();

    assertThat(h.books.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.document().kind()).isEqualTo(DocumentKind.SALES_RECEIPT);
              assertThat(d.document().docNumber()).isEqualTo("WEB-1001");
              assertThat(d.computedTotal()).isEqualByComparingTo("27.00");
            });
    assertThat(h.books.documentsSent()).isEqualTo(1);
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.POSTED);
    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("8"));
    assertThat(h.store.stock("A")).isEqualTo(8);
  }

  @Test
  void an_unpaid_order_becomes_an_invoice() {
    h.store.place(h.sale("1002").unpaid().line("A", "1", "10.00").build());

    h.cycle();

    assertThat(h.books.documentsNumbered("WEB-1002"))
        .singleElement()
        .satisfies(d -> assertThat(d.document().kind()).isEqualTo(DocumentKind.INVOICE));
  }

  @Test
  void a_lost_response_is_resolved_by_lookup_without_a_second_document() {
    h.books.failNextPost(FakeBooks.Fault.LOSE_RESPONSE);

    h.cycle();
    assertThat(h.postings("1001"))
        .singleElement()
        .satisfies(p -> assertThat(p.state()).isEqualTo(PostingState.UNCERTAIN));
    h.cycle();
    h.cycle();

    assertThat(h.books.documents()).hasSize(1);
    assertThat(h.books.documentsSent()).isEqualTo(1);
    assertThat(h.books.findPostedCalls()).isPositive();
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.POSTED);
    assertThat(h.order("1001").booksId()).isEqualTo(h.books.documents().get(0).id());
  }

  @Test
  void a_timeout_after_quickbooks_stored_the_document_is_resolved_by_lookup() {
    h.books.failNextPost(FakeBooks.Fault.THROW_AFTER_STORING);

    h.cycle();
    h.cycle();

    assertThat(h.books.documents()).hasSize(1);
    assertThat(h.books.documentsSent()).isEqualTo(1);
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.POSTED);
  }

  @Test
  void a_crash_after_quickbooks_stored_the_document_is_resolved_by_the_next_process() {
    h.books.failNextPost(FakeBooks.Fault.CRASH_AFTER_STORING);
    assertThatThrownBy(h::cycle).isInstanceOf(FakeBooks.SimulatedCrash.class);

    h.cycle();
    h.cycle();

    assertThat(h.books.documents()).hasSize(1);
    assertThat(h.books.documentsSent()).isEqualTo(1);
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.POSTED);
    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("8"));
  }

  @Test
  void a_backlog_is_sent_a_batch_at_a_time_and_a_crash_in_the_first_leaves_the_rest_unstarted() {
    h.settings = h.with(30, 0);
    for (int i = 2; i <= 65; i++) {
      h.store.place(h.sale(String.valueOf(1000 + i)).line("A", "1", "10.00").build());
    }
    h.books.failNextPost(FakeBooks.Fault.CRASH_BEFORE_SENDING);
    assertThatThrownBy(h::cycle).isInstanceOf(FakeBooks.SimulatedCrash.class);
    // Only the first batch's ledger rows were written before its request: the other 35 orders
    // had not been prepared yet.
    long started =
        java.util.stream.IntStream.rangeClosed(1, 65)
            .mapToObj(i -> String.valueOf(1000 + i))
            .filter(id -> !h.postings(id).isEmpty())
            .count();
    assertThat(started).isEqualTo(30);

    h.cycle();
    h.cycle();

    assertThat(h.books.documents()).hasSize(65);
    assertThat(h.books.postCalls()).isEqualTo(3);
    java.util.stream.IntStream.rangeClosed(1, 65)
        .forEach(i -> assertThat(h.stateOf(String.valueOf(1000 + i))).isEqualTo(OrderState.POSTED));
  }

  @Test
  void a_crash_between_ledger_row_and_call_is_resolved_next_cycle() {
    h.books.failNextPost(FakeBooks.Fault.CRASH_BEFORE_SENDING);
    assertThatThrownBy(h::cycle).isInstanceOf(FakeBooks.SimulatedCrash.class);
    assertThat(h.postings("1001"))
        .singleElement()
        .satisfies(p -> assertThat(p.state()).isEqualTo(PostingState.SENDING));

    h.cycle();
    h.cycle();

    assertThat(h.books.documents()).hasSize(1);
    assertThat(h.books.sentKeys()).containsExactly(h.postings("1001").get(0).key());
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.POSTED);
  }

  @Test
  void throttled_orders_are_sent_again_with_the_same_key() {
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);

    h.cycle();
    assertThat(h.books.documents()).isEmpty();
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.WAITING);
    h.cycle();

    assertThat(h.books.documents()).hasSize(1);
    assertThat(h.books.sentKeys()).hasSize(2).containsOnly(h.books.sentKeys().get(0));
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.POSTED);
  }

  @Test
  void quickbooks_being_down_sends_nothing_twice() {
    h.books.failNextPost(FakeBooks.Fault.THROW_BEFORE_STORING);

    h.cycle();
    assertThat(h.postings("1001"))
        .singleElement()
        .satisfies(p -> assertThat(p.state()).isEqualTo(PostingState.UNCERTAIN));
    h.cycle();

    assertThat(h.books.documents()).hasSize(1);
    assertThat(h.books.sentKeys()).hasSize(2).containsOnly(h.books.sentKeys().get(0));
  }

  @Test
  void a_rejected_order_is_parked_with_quickbooks_words_and_retried_under_a_new_key() {
    h.books.rejectDocNumber("WEB-1001");

    h.cycle();
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.PARKED);
    assertThat(h.order("1001").reason())
        .contains("Order #1001")
        .contains("Business Validation Error");

    h.books.acceptDocNumber("WEB-1001");
    h.engine().retry("1001");
    h.cycle();

    assertThat(h.stateOf("1001")).isEqualTo(OrderState.POSTED);
    assertThat(h.books.sentKeys()).hasSize(2).doesNotHaveDuplicates();
    assertThat(h.books.documents()).hasSize(1);
  }

  @Test
  void an_order_read_again_through_the_overlap_is_not_posted_again() {
    h.cycle();
    h.clock.advance(Duration.ofMinutes(3));
    h.cycle();
    h.engine().syncOrders(java.util.List.of("1001"));

    assertThat(h.books.documents()).hasSize(1);
    assertThat(h.books.documentsSent()).isEqualTo(1);
  }

  @Test
  void the_overlap_of_later_reads_never_reaches_before_the_first_reads_lookback() {
    EngineHarness fresh = new EngineHarness().stocked("A", 10);
    fresh.store.place(
        OrderBuilder.order("900")
            .at(fresh.clock.instant().minus(Duration.ofDays(1)).minus(Duration.ofMinutes(5)))
            .line("A", "1", "10.00")
            .build());

    fresh.cycle();
    fresh.cycle();

    assertThat(fresh.books.documents()).as("older than sync.firstOrderLookback").isEmpty();
  }

  @Test
  void an_order_edited_while_its_sale_is_uncertain_is_not_posted_a_second_time() {
    h.books.failNextPost(FakeBooks.Fault.LOSE_RESPONSE);
    h.cycle();
    h.books.failLookups(1);
    h.clock.advance(Duration.ofMinutes(1));
    h.store.update(
        OrderBuilder.from(h.order("1001").snapshot())
            .shipping("Express", "9.00")
            .total(null)
            .modifiedAt(h.clock.instant())
            .build());

    h.cycle();
    h.cycle();

    assertThat(h.books.documentsNumbered("WEB-1001")).hasSize(1);
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.POSTED);
  }

  @Test
  void three_hundred_orders_go_out_in_10_batches() {
    EngineHarness big = new EngineHarness(new FakeStore(100)).stocked("A", 1000);
    big.settings = big.with(30, 0);
    for (int i = 1; i <= 300; i++) {
      big.store.place(big.sale(String.valueOf(5000 + i)).line("A", "1", "3.00").build());
    }

    CycleReport report = big.cycle();

    assertThat(big.books.postCalls()).isEqualTo(10);
    assertThat(big.books.documents()).hasSize(300);
    assertThat(report.posted()).isEqualTo(300);
    assertThat(big.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("700"));
    assertThat(big.store.stock("A")).isEqualTo(700);
  }
}
