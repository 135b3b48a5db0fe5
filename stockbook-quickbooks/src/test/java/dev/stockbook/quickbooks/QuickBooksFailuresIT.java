package dev.stockbook.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.CustomerSpec;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.MatchRule;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.PostOutcome.Status;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.sim.common.Fault;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the simulator's injected faults come out of our client, and what the engine can do next. */
class QuickBooksFailuresIT {
  private final SimulatedQuickBooks qb = new SimulatedQuickBooks();

  @AfterEach
  void stop() {
    qb.close();
  }

  @Test
  void a_lost_batch_answer_is_uncertain_for_all_and_every_document_is_then_found() {
    List<BooksDocument> docs =
        IntStream.range(0, 3)
            .mapToObj(i -> qb.sale("pk-l" + i, "WC-L" + i, qb.item("redwine"), 1))
            .toList();
    qb.sim.faults().next("POST", ".*/batch", Fault.commitThenDrop(), 1);
    assertThat(qb.books.post(docs)).extracting(PostOutcome::status).containsOnly(Status.UNCERTAIN);
    for (BooksDocument doc : docs) {
      assertThat(qb.books.findPosted(DocumentKind.SALES_RECEIPT, doc.docNumber(), doc.postingKey()))
          .isPresent();
    }
  }

  @Test
  void resending_after_a_lost_answer_with_the_same_key_does_not_post_twice() {
    BooksDocument sale = qb.sale("pk-r", "WC-R", qb.item("whitewine"), 5);
    qb.sim.faults().next("POST", ".*/salesreceipt", Fault.commitThenDrop(), 1);
    assertThat(qb.books.post(List.of(sale)).get(0).status()).isEqualTo(Status.UNCERTAIN);
    assertThat(qb.books.post(List.of(sale)).get(0).status()).isEqualTo(Status.POSTED);
    assertThat(qb.item("whitewine").quantityOnHand()).isEqualByComparingTo("30");
  }

  @Test
  void a_server_error_on_a_write_is_uncertain() {
    qb.sim.faults().next("POST", ".*/salesreceipt", Fault.status(503), 1);
    assertThat(
            qb.books.post(List.of(qb.sale("pk-5", "WC-5", qb.item("redwine"), 1))).get(0).status())
        .isEqualTo(Status.UNCERTAIN);
  }

  @Test
  void an_html_page_instead_of_json_is_uncertain_for_a_write_and_retriable_for_a_read() {
    qb.sim.faults().next("POST", ".*/salesreceipt", Fault.htmlPage(200), 1);
    assertThat(
            qb.books.post(List.of(qb.sale("pk-h", "WC-H", qb.item("redwine"), 1))).get(0).status())
        .isEqualTo(Status.UNCERTAIN);
    qb.sim.faults().next("*", ".*/query", Fault.htmlPage(200), 1);
    assertThatThrownBy(() -> qb.books.findItems(MatchRule.NAME, List.of("redwine")))
        .isExactlyInstanceOf(RetriableBooksException.class);
  }

  @Test
  void a_request_that_outlives_the_timeout_is_retriable_for_a_read() {
    QuickBooksClient impatient =
        QuickBooksClient.builder()
            .baseUrl(qb.sim.baseUrl().toString())
            .realmId(qb.sim.realmId())
            .tokens(qb.tokens)
            .clock(qb.clock)
            .timeout(Duration.ofSeconds(1))
            .build();
    qb.sim.faults().next("*", ".*/query", Fault.timeout(Duration.ofSeconds(4)), 1);
    QuickBooksBooks books =
        new QuickBooksBooks(impatient, qb.clock, QuickBooksBooks.Options.defaults());
    // On a loaded machine the connection itself can outlast the budget: also a timeout, also
    // retriable.
    assertThatThrownBy(() -> books.inventoryItems())
        .isExactlyInstanceOf(RetriableBooksException.class)
        .hasMessageMatching(".*(timed out|could not connect).*");
  }

  @Test
  void going_over_the_per_second_limit_is_not_applied_and_works_a_second_later() {
    BooksDocument sale = qb.sale("pk-rate", "WC-RATE", qb.item("redwine"), 1);
    String red = qb.item("redwine").id();
    qb.sim.options().enableLimits();
    for (int i = 0; i < 10; i++) {
      qb.books.itemsById(List.of(red));
    }
    assertThat(qb.books.post(List.of(sale)).get(0).status()).isEqualTo(Status.NOT_APPLIED);
    qb.clock.advance(Duration.ofSeconds(2));
    assertThat(qb.books.post(List.of(sale)).get(0).status()).isEqualTo(Status.POSTED);
  }

  @Test
  void a_spent_refresh_token_asks_for_a_reconnect() {
    OAuthTokens stale =
        OAuthTokens.builder()
            .tokenUrl(qb.sim.tokenUrl())
            .client(qb.sim.clientId(), qb.sim.clientSecret())
            .tokens(new Tokens("expired", "sim-rt-not-issued", qb.clock.instant()))
            .store(t -> {})
            .clock(qb.clock)
            .build();
    assertThatThrownBy(stale::accessToken)
        .isInstanceOf(QuickBooksAuthException.class)
        .hasMessage("QuickBooks connection needs to be reconnected");
  }

  @Test
  void a_customer_with_an_email_is_found_by_that_email() {
    String id =
        qb.books.customerId(
            new CustomerSpec("Grace Hopper", "grace@example.com", "Grace", "Hopper", ""));
    QuickBooksBooks fresh =
        new QuickBooksBooks(qb.client, qb.clock, QuickBooksBooks.Options.defaults());
    assertThat(fresh.customerId(new CustomerSpec("G. Hopper", "grace@example.com", "", "", "")))
        .isEqualTo(id);
  }
}
