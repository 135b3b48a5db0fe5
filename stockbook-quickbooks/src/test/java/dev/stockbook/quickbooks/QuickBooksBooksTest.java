package dev.stockbook.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.core.books.BooksChanges;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;
import dev.stockbook.core.books.MatchRule;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.PostOutcome.Status;
import dev.stockbook.sim.common.SimClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Books operations against scripted answers: what is sent and how answers become outcomes. */
class QuickBooksBooksTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private final FakeWire wire = new FakeWire();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final QuickBooksClient client =
      QuickBooksClient.builder()
          .baseUrl("http://qbo.test/v3/company")
          .realmId("1")
          .tokens(AccessTokenSource.fixed("tok"))
          .clock(clock)
          .wire(wire)
          .build();
  private final QuickBooksBooks books =
      new QuickBooksBooks(client, clock, new QuickBooksBooks.Options(30, 2));

  private static BooksDocument sale(int n, String total) {
    DocumentLine line =
        DocumentLine.item("7", "mug", BigDecimal.ONE, new BigDecimal("12.00"), false);
    return new BooksDocument(
        DocumentKind.SALES_RECEIPT,
        "pk-" + n,
        "WC-" + n,
        LocalDate.of(2026, 3, 1),
        "58",
        "posting pk-" + n,
        List.of(line),
        BigDecimal.ZERO,
        new BigDecimal(total),
        null,
        null,
        false);
  }

  private JsonNode sentBody(int request) throws IOException {
    return client.json().readTree(wire.requests.get(request).body());
  }

  @Test
  void batch_results_are_matched_by_bid_and_returned_in_input_order() throws IOException {
    wire.answerFixture(200, "batch-mixed.json");
    List<PostOutcome> outcomes =
        books.post(List.of(sale(0, "12.00"), sale(1, "12.00"), sale(2, "12.00"), sale(3, "12.00")));
    assertThat(outcomes)
        .extracting(PostOutcome::postingKey)
        .containsExactly("pk-0", "pk-1", "pk-2", "pk-3");
    assertThat(outcomes)
        .extracting(PostOutcome::status)
        .containsExactly(Status.POSTED, Status.REJECTED, Status.UNCERTAIN, Status.NOT_APPLIED);
    assertThat(outcomes.get(0).document().id()).isEqualTo("201");
    assertThat(outcomes.get(1).message()).contains("Object Not Found", "code 610");
    JsonNode sent = sentBody(0).path("BatchItemRequest");
    assertThat(sent.findValuesAsText("bId")).containsExactly("d0", "d1", "d2", "d3");
    assertThat(sent.path(0).path("operation").asText()).isEqualTo("create");
    assertThat(sent.path(0).path("SalesReceipt").path("DocNumber").asText()).isEqualTo("WC-0");
  }

  @Test
  void the_batch_request_id_depends_only_on_the_document_keys() {
    wire.answerFixture(200, "batch-mixed.json").answerFixture(200, "batch-mixed.json");
    books.post(List.of(sale(0, "12.00"), sale(1, "12.00")));
    books.post(List.of(sale(0, "12.00"), sale(1, "12.00")));
    String first = FakeWire.param(wire.requests.get(0), "requestid");
    assertThat(first)
        .hasSizeLessThanOrEqualTo(36)
        .isEqualTo(FakeWire.param(wire.requests.get(1), "requestid"));
  }

  @Test
  void a_lost_batch_answer_makes_every_document_in_it_uncertain() {
    wire.fail(new IOException("reset"));
    assertThat(books.post(List.of(sale(0, "12.00"), sale(1, "12.00"))))
        .extracting(PostOutcome::status)
        .containsExactly(Status.UNCERTAIN, Status.UNCERTAIN);
  }

  @Test
  void a_single_document_goes_as_a_plain_create_with_its_posting_key() {
    wire.answer(
        200,
        "{\"SalesReceipt\":{\"Id\":\"9\",\"DocNumber\":\"WC-5\",\"SyncToken\":\"0\",\"TotalAmt\":12.00}}");
    PostOutcome outcome = books.post(List.of(sale(5, "12.00"))).get(0);
    assertThat(outcome.status()).isEqualTo(Status.POSTED);
    assertThat(wire.last().uri().getPath()).endsWith("/salesreceipt");
    assertThat(FakeWire.param(wire.last(), "requestid")).isEqualTo("pk-5");
  }

  @Test
  void a_total_that_differs_from_the_expected_one_is_reported_in_the_outcome() {
    wire.answer(
        200,
        "{\"SalesReceipt\":{\"Id\":\"9\",\"DocNumber\":\"WC-5\",\"SyncToken\":\"0\",\"TotalAmt\":12.01}}");
    PostOutcome outcome = books.post(List.of(sale(5, "12.00"))).get(0);
    assertThat(outcome.status()).isEqualTo(Status.POSTED);
    assertThat(outcome.message()).contains("12.01", "12.00");
  }

  @Test
  void lost_credentials_are_thrown_rather_than_blamed_on_a_document() {
    wire.answerFixture(401, "fault-401.json").answerFixture(401, "fault-401.json");
    assertThatThrownBy(() -> books.post(List.of(sale(5, "12.00"))))
        .isInstanceOf(QuickBooksAuthException.class);
  }

  @Test
  void a_posting_key_too_long_for_a_request_id_is_rejected_without_sending() {
    BooksDocument doc = sale(1, "12.00");
    BooksDocument longKey = copy(doc, "k".repeat(51), null, null);
    assertThat(books.post(List.of(longKey)).get(0).status()).isEqualTo(Status.REJECTED);
    assertThat(wire.requests).isEmpty();
  }

  @Test
  void account_and_payment_method_names_are_resolved_once_and_cached() throws IOException {
    wire.answerFixture(200, "query-accounts.json")
        .answerFixture(200, "query-payment-methods.json")
        .answer(200, "{\"SalesReceipt\":{\"Id\":\"9\",\"TotalAmt\":12.00}}")
        .answer(200, "{\"SalesReceipt\":{\"Id\":\"10\",\"TotalAmt\":12.00}}");
    BooksDocument named = named(sale(1, "12.00"), "Undeposited Funds", "Credit Card");
    books.post(List.of(named));
    books.post(List.of(named));
    assertThat(wire.requests).hasSize(4);
    assertThat(sentBody(3).path("DepositToAccountRef").path("value").asText()).isEqualTo("35");
    assertThat(sentBody(3).path("PaymentMethodRef").path("value").asText()).isEqualTo("4");
  }

  private static final String FAULT_610 =
      "{\"Fault\":{\"Error\":[{\"Message\":\"Object Not Found\",\"Detail\":\"Object Not Found :"
          + " Something you're trying to use has been made inactive or deleted.\",\"code\":\"610\"}],"
          + "\"type\":\"ValidationFault\"},\"time\":\"2026-03-01T04:00:00.000-08:00\"}";

  private static BooksDocument deposited(int n) {
    return named(sale(n, "12.00"), "Undeposited Funds", "Credit Card");
  }

  /** {@code doc} deposited to the account named {@code account}, paid by {@code method}. */
  private static BooksDocument named(BooksDocument doc, String account, String method) {
    return copy(doc, doc.postingKey(), account, method);
  }

  private static BooksDocument copy(
      BooksDocument doc, String postingKey, String account, String method) {
    return new BooksDocument(
        doc.kind(),
        postingKey,
        doc.docNumber(),
        doc.txnDate(),
        doc.customerId(),
        doc.privateNote(),
        doc.lines(),
        doc.totalTax(),
        doc.total(),
        account,
        method,
        false);
  }

  /** One turn's books over the shared {@code names}, posting one deposited sale. */
  private PostOutcome turn(SimClock time, NameCache names, int n) {
    return new QuickBooksBooks(client, time, QuickBooksBooks.Options.defaults(), names)
        .post(List.of(deposited(n)))
        .get(0);
  }

  @Test
  void names_looked_up_in_one_turn_serve_the_next_and_a_610_on_them_is_tried_again_not_parked() {
    SimClock time = SimClock.fixed(NOW);
    NameCache names = new NameCache(time);
    wire.answerFixture(200, "query-accounts.json")
        .answerFixture(200, "query-payment-methods.json")
        .answer(200, "{\"SalesReceipt\":{\"Id\":\"9\",\"TotalAmt\":12.00}}");
    assertThat(turn(time, names, 1).status()).isEqualTo(Status.POSTED);
    assertThat(wire.requests).as("two lookups and the create").hasSize(3);

    time.advance(java.time.Duration.ofSeconds(5));
    wire.answer(400, FAULT_610);
    PostOutcome next = turn(time, names, 2);
    assertThat(wire.requests).as("the next turn looks nothing up").hasSize(4);
    assertThat(next.status())
        .as("the ids came from an earlier turn: perhaps stale, so not a refusal")
        .isEqualTo(Status.STALE_REFERENCE);
    assertThat(next.message()).contains("looked up again", "Object Not Found");

    time.advance(java.time.Duration.ofSeconds(5));
    wire.answerFixture(200, "query-accounts.json")
        .answerFixture(200, "query-payment-methods.json")
        .answer(400, FAULT_610);
    PostOutcome third = turn(time, names, 2);
    assertThat(wire.requests).as("the names are looked up afresh").hasSize(7);
    assertThat(third.status())
        .as("a 610 on ids looked up in the same turn is a real refusal")
        .isEqualTo(Status.REJECTED);
  }

  @Test
  void an_unknown_deposit_account_rejects_the_document_without_posting_it() {
    wire.answerFixture(200, "query-empty.json");
    BooksDocument named = named(sale(1, "12.00"), "No Such Bank", null);
    PostOutcome outcome = books.post(List.of(named)).get(0);
    assertThat(outcome.status()).isEqualTo(Status.REJECTED);
    assertThat(outcome.message()).contains("No Such Bank");
    assertThat(wire.requests).hasSize(1);
  }

  @Test
  void find_posted_keeps_only_the_document_carrying_the_posting_key() {
    wire.answerFixture(200, "query-sales-receipts.json");
    assertThat(books.findPosted(DocumentKind.SALES_RECEIPT, "WC-7", "pk-7"))
        .get()
        .satisfies(d -> assertThat(d.id()).isEqualTo("301"));
    assertThat(FakeWire.param(wire.last(), "query"))
        .startsWith("select * from SalesReceipt where DocNumber = 'WC-7'");
  }

  @Test
  void find_items_chunks_keys_escapes_them_and_keeps_exact_matches_only() {
    wire.answerFixture(200, "query-items.json").answerFixture(200, "query-empty.json");
    List<BooksItem> found = books.findItems(MatchRule.NAME, List.of("MUG-BLUE", "O'Neil", "third"));
    assertThat(found).extracting(BooksItem::id).containsExactly("7");
    assertThat(found.get(0).quantityOnHand()).isEqualByComparingTo("12.5");
    assertThat(FakeWire.param(wire.requests.get(0), "query"))
        .startsWith("select * from Item where Name in ('MUG-BLUE','O\\'Neil')");
    assertThat(FakeWire.param(wire.requests.get(1), "query"))
        .startsWith("select * from Item where Name in ('third')");
  }

  @Test
  void changes_end_at_the_server_time_not_the_local_clock() {
    wire.answerFixture(200, "cdc-mixed.json");
    BooksChanges changes = books.changesSince(NOW.minusSeconds(600));
    assertThat(changes.until()).isEqualTo(Instant.parse("2024-01-02T18:05:00Z"));
    assertThat(changes.itemIds()).contains("11", "7");
    assertThat(FakeWire.param(wire.last(), "entities"))
        .isEqualTo(
            "Item,SalesReceipt,Invoice,RefundReceipt,CreditMemo,InventoryAdjustment,Bill,Purchase,VendorCredit");
  }

  @Test
  void a_cursor_older_than_the_cdc_window_is_clamped_and_asks_for_a_sweep() {
    wire.answerFixture(200, "cdc-mixed.json");
    BooksChanges changes = books.changesSince(NOW.minus(java.time.Duration.ofDays(45)));
    assertThat(changes.sweepNeeded()).isTrue();
    Instant asked =
        java.time.OffsetDateTime.parse(FakeWire.param(wire.last(), "changedSince")).toInstant();
    assertThat(asked).isAfter(NOW.minus(java.time.Duration.ofDays(30)));
  }

  /** A CDC answer of {@code count} Items with ids from {@code firstId}, changed at {@code time}. */
  private static String cdcItems(int firstId, int count, String time) {
    StringBuilder items = new StringBuilder("{\"CDCResponse\":[{\"QueryResponse\":[{\"Item\":[");
    IntStream.range(firstId, firstId + count)
        .forEach(
            i ->
                items
                    .append(i == firstId ? "" : ",")
                    .append("{\"Id\":\"")
                    .append(i)
                    .append("\"")
                    .append(
                        time == null ? "" : ",\"MetaData\":{\"LastUpdatedTime\":\"" + time + "\"}")
                    .append("}"));
    return items.append("]}]}],\"time\":\"2026-03-01T04:00:00.000-08:00\"}").toString();
  }

  private static final String CDC_EMPTY =
      "{\"CDCResponse\":[{\"QueryResponse\":[{}]}],\"time\":\"2026-03-01T04:00:00.000-08:00\"}";

  @Test
  void a_full_cdc_answer_is_asked_again_per_entity_and_paged_forward_without_a_sweep() {
    wire.answer(200, cdcItems(0, 1000, "2026-03-01T03:30:00-08:00"));
    wire.answer(200, cdcItems(0, 1000, "2026-03-01T03:30:00-08:00"));
    wire.answer(200, cdcItems(1000, 5, "2026-03-01T03:40:00-08:00"));
    IntStream.range(1, 9).forEach(i -> wire.answer(200, CDC_EMPTY));
    BooksChanges changes = books.changesSince(NOW.minusSeconds(3600));
    assertThat(changes.itemIds()).hasSize(1005);
    assertThat(changes.sweepNeeded()).isFalse();
    assertThat(FakeWire.param(wire.requests.get(1), "entities")).isEqualTo("Item");
    assertThat(
            java.time.OffsetDateTime.parse(FakeWire.param(wire.requests.get(2), "changedSince"))
                .toInstant())
        .as("the next page starts at the latest change seen")
        .isEqualTo(Instant.parse("2026-03-01T11:30:00Z"));
    assertThat(FakeWire.param(wire.requests.get(3), "entities")).isEqualTo("SalesReceipt");
    assertThat(wire.requests).hasSize(11);
  }

  @Test
  void a_thousand_items_changed_in_one_second_are_read_by_paged_query_without_a_sweep() {
    wire.answer(200, cdcItems(0, 1000, null));
    wire.answer(200, cdcItems(0, 1000, null));
    wire.answer(200, "{\"QueryResponse\":{\"Item\":[{\"Id\":\"5000\"}]}}");
    IntStream.range(1, 9).forEach(i -> wire.answer(200, CDC_EMPTY));
    BooksChanges changes = books.changesSince(NOW.minusSeconds(3600));
    assertThat(changes.itemIds()).hasSize(1001).contains("0", "999", "5000");
    assertThat(changes.sweepNeeded())
        .as("Items are never deleted, so a query misses nothing")
        .isFalse();
    assertThat(FakeWire.param(wire.requests.get(2), "query"))
        .startsWith(
            "select * from Item where MetaData.LastUpdatedTime >= '2026-03-01T11:00:00.000+00:00' orderby Id startposition 1");
    assertThat(FakeWire.param(wire.requests.get(3), "entities"))
        .as("the other entities still come from CDC, which shows deletions")
        .isEqualTo("SalesReceipt");
    assertThat(wire.requests).hasSize(11);
  }

  @Test
  void a_thousand_sales_changed_in_one_second_fall_back_to_paged_queries_and_a_sweep() {
    wire.answer(200, cdcItems(0, 1000, null));
    wire.answer(200, CDC_EMPTY); // Item
    wire.answer(200, cdcSales(1000)); // SalesReceipt, no time to page on
    wire.answer(200, "{\"QueryResponse\":{\"Item\":[{\"Id\":\"5000\"}]}}");
    IntStream.range(1, 9).forEach(i -> wire.answerFixture(200, "query-empty.json"));
    BooksChanges changes = books.changesSince(NOW.minusSeconds(3600));
    assertThat(changes.itemIds()).containsExactly("5000");
    assertThat(changes.sweepNeeded()).as("a query would not show deleted sales").isTrue();
    assertThat(FakeWire.param(wire.requests.get(3), "query"))
        .startsWith(
            "select * from Item where MetaData.LastUpdatedTime > '2026-03-01T11:00:00.000+00:00' orderby Id startposition 1");
    assertThat(wire.requests).hasSize(12);
  }

  /** A CDC answer of {@code count} sales receipts without times, each selling item 7. */
  private static String cdcSales(int count) {
    StringBuilder sales =
        new StringBuilder("{\"CDCResponse\":[{\"QueryResponse\":[{\"SalesReceipt\":[");
    IntStream.range(0, count)
        .forEach(
            i ->
                sales
                    .append(i == 0 ? "" : ",")
                    .append("{\"Id\":\"")
                    .append(i)
                    .append(
                        "\",\"Line\":[{\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"7\"}}}]}"));
    return sales.append("]}]}],\"time\":\"2026-03-01T04:00:00.000-08:00\"}").toString();
  }
}
