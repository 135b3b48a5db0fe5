package dev.stockbook.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.books.BooksChanges;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.books.CustomerSpec;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.MatchRule;
import dev.stockbook.core.books.NewItem;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.PostedDocument;
import dev.stockbook.sim.common.Fault;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuickBooksBooksIT {
  private final SimulatedQuickBooks qb = new SimulatedQuickBooks();

  @AfterEach
  void stop() {
    qb.close();
  }

  @Test
  void items_are_found_by_exact_name_and_by_sku_with_their_quantity() {
    List<BooksItem> found =
        qb.books.findItems(MatchRule.NAME, List.of("redwine", "TEE-S", "REDWINE", "nope"));
    assertThat(found).extracting(BooksItem::name).containsExactlyInAnyOrder("redwine", "TEE-S");
    assertThat(found)
        .filteredOn(i -> i.name().equals("redwine"))
        .first()
        .satisfies(i -> assertThat(i.quantityOnHand()).isEqualByComparingTo("20"))
        .satisfies(i -> assertThat(i.isInventory()).isTrue());
    assertThat(qb.books.findItems(MatchRule.SKU, List.of("whitewine")))
        .extracting(BooksItem::name)
        .containsExactly("whitewine");
  }

  @Test
  void items_are_read_by_id_and_the_sweep_keeps_only_tracked_inventory() {
    BooksItem red = qb.item("redwine");
    assertThat(qb.books.itemsById(List.of(red.id(), "999999")))
        .extracting(BooksItem::id)
        .containsExactly(red.id());
    assertThat(qb.books.inventoryItems())
        .extracting(BooksItem::name)
        .containsExactlyInAnyOrder("redwine", "whitewine", "TEE-S", "TEE-M");
  }

  @Test
  void an_item_is_created_and_creating_it_again_returns_the_same_item() {
    NewItem mug =
        new NewItem(
            "MUG-1",
            "MUG-1",
            "Blue mug",
            true,
            new BigDecimal("8"),
            LocalDate.of(2026, 3, 1),
            new BigDecimal("9.50"),
            new NewItem.ItemAccounts(
                "Sales of Product Income", "Inventory Asset", "Cost of Goods Sold"),
            "create-MUG-1");
    BooksItem created = qb.books.createItem(mug);
    assertThat(created.isInventory()).isTrue();
    assertThat(created.quantityOnHand()).isEqualByComparingTo("8");
    NewItem again =
        new NewItem(
            "MUG-1",
            "MUG-1",
            "Blue mug",
            true,
            new BigDecimal("8"),
            LocalDate.of(2026, 3, 1),
            new BigDecimal("9.50"),
            mug.accounts(),
            "create-MUG-1-second");
    assertThat(qb.books.createItem(again).id()).isEqualTo(created.id());
  }

  @Test
  void a_customer_is_created_once_and_found_afterwards() {
    String id = qb.books.customerId(CustomerSpec.named("Ada O'Lovelace"));
    QuickBooksBooks fresh =
        new QuickBooksBooks(qb.client, qb.clock, QuickBooksBooks.Options.defaults());
    assertThat(fresh.customerId(CustomerSpec.named("Ada O'Lovelace"))).isEqualTo(id);
  }

  @Test
  void a_customer_whose_name_a_vendor_holds_gets_a_numbered_name() {
    String id = qb.books.customerId(CustomerSpec.named("Acme Wines"));
    assertThat(qb.client.read("Customer", id).path("DisplayName").asText())
        .isEqualTo("Acme Wines (2)");
  }

  @Test
  void a_posted_sales_receipt_lowers_quantity_on_hand_and_is_found_by_its_key() {
    BooksItem red = qb.item("redwine");
    BooksDocument sale = qb.sale("pk-1", "WC-1", red, 3);
    PostOutcome outcome = qb.books.post(List.of(sale)).get(0);
    assertThat(outcome.status()).isEqualTo(PostOutcome.Status.POSTED);
    assertThat(outcome.message()).isNull();
    assertThat(outcome.document().total()).isEqualByComparingTo("36.00");
    assertThat(qb.item("redwine").quantityOnHand()).isEqualByComparingTo("17");
    assertThat(qb.books.findPosted(DocumentKind.SALES_RECEIPT, "WC-1", "pk-1"))
        .contains(outcome.document());
    assertThat(qb.books.findPosted(DocumentKind.SALES_RECEIPT, "WC-1", "pk-other")).isEmpty();
  }

  @Test
  void thirty_one_documents_go_out_in_two_batch_requests_with_outcomes_in_order() {
    BooksItem white = qb.item("whitewine");
    List<BooksDocument> docs =
        IntStream.range(0, 31).mapToObj(i -> qb.sale("pk-b" + i, "WC-B" + i, white, 1)).toList();
    qb.exchanges.clear();
    List<PostOutcome> outcomes = qb.books.post(docs);
    assertThat(qb.requestsTo("/batch")).isEqualTo(2);
    assertThat(qb.exchanges)
        .filteredOn(e -> e.startsWith("POST /batch"))
        .containsOnly("POST /batch 200");
    assertThat(outcomes)
        .extracting(PostOutcome::postingKey)
        .containsExactlyElementsOf(docs.stream().map(BooksDocument::postingKey).toList());
    assertThat(outcomes)
        .allSatisfy(o -> assertThat(o.status()).isEqualTo(PostOutcome.Status.POSTED));
    assertThat(outcomes.get(30).document().docNumber()).isEqualTo("WC-B30");
    assertThat(qb.item("whitewine").quantityOnHand()).isEqualByComparingTo("4");
  }

  @Test
  void a_refused_document_in_a_batch_is_rejected_alone() {
    BooksItem red = qb.item("redwine");
    BooksItem ghost =
        new BooksItem("999999", "ghost", null, "ghost", "Inventory", true, BigDecimal.ONE, true);
    List<PostOutcome> outcomes =
        qb.books.post(
            List.of(qb.sale("pk-ok", "WC-OK", red, 1), qb.sale("pk-bad", "WC-BAD", ghost, 1)));
    assertThat(outcomes)
        .extracting(PostOutcome::status)
        .containsExactly(PostOutcome.Status.POSTED, PostOutcome.Status.REJECTED);
    assertThat(outcomes.get(1).message()).contains("610");
  }

  @Test
  void voiding_a_sale_puts_the_quantity_back() {
    BooksItem tee = qb.item("TEE-M");
    PostedDocument posted =
        qb.books.post(List.of(qb.sale("pk-v", "WC-V", tee, 2))).get(0).document();
    assertThat(qb.item("TEE-M").quantityOnHand()).isEqualByComparingTo("5");
    PostOutcome voided = qb.books.voidDocument(posted, "void-pk-v");
    assertThat(voided.status()).isEqualTo(PostOutcome.Status.POSTED);
    assertThat(qb.item("TEE-M").quantityOnHand()).isEqualByComparingTo("7");
  }

  @Test
  void changes_since_an_inventory_adjustment_name_its_item_and_end_at_server_time() {
    Instant since = qb.clock.instant();
    qb.clock.advance(Duration.ofMinutes(5));
    BooksItem tee = qb.item("TEE-S");
    var adjustment = qb.client.json().createObjectNode();
    adjustment.putObject("AdjustAccountRef").put("value", accountId("Cost of Goods Sold"));
    var detail =
        adjustment
            .putArray("Line")
            .addObject()
            .put("DetailType", "ItemAdjustmentLineDetail")
            .putObject("ItemAdjustmentLineDetail");
    detail.putObject("ItemRef").put("value", tee.id());
    detail.put("QtyDiff", -2);
    qb.client.create("InventoryAdjustment", adjustment, "adj-1");
    qb.clock.advance(Duration.ofMinutes(1));

    BooksChanges changes = qb.books.changesSince(since);
    assertThat(changes.itemIds()).contains(tee.id());
    assertThat(changes.sweepNeeded()).isFalse();
    assertThat(changes.until()).isEqualTo(qb.clock.instant());
  }

  @Test
  void changes_since_a_deleted_sale_ask_for_a_sweep() {
    PostedDocument posted =
        qb.books.post(List.of(qb.sale("pk-d", "WC-D", qb.item("redwine"), 1))).get(0).document();
    Instant since = qb.clock.instant();
    qb.clock.advance(Duration.ofMinutes(1));
    var delete =
        qb.client
            .json()
            .createObjectNode()
            .put("Id", posted.id())
            .put("SyncToken", posted.syncToken());
    deleteSalesReceipt(delete);
    assertThat(qb.books.changesSince(since).sweepNeeded()).isTrue();
  }

  @Test
  void a_create_whose_answer_is_lost_is_uncertain_and_then_found_by_its_key() {
    qb.sim.faults().next("POST", ".*/salesreceipt", Fault.commitThenDrop(), 1);
    PostOutcome outcome =
        qb.books.post(List.of(qb.sale("pk-lost", "WC-LOST", qb.item("redwine"), 1))).get(0);
    assertThat(outcome.status()).isEqualTo(PostOutcome.Status.UNCERTAIN);
    Optional<PostedDocument> found =
        qb.books.findPosted(DocumentKind.SALES_RECEIPT, "WC-LOST", "pk-lost");
    assertThat(found).isPresent();
  }

  @Test
  void a_throttled_create_is_not_applied() {
    qb.sim.faults().next("POST", ".*/salesreceipt", Fault.status(429), 1);
    PostOutcome outcome =
        qb.books.post(List.of(qb.sale("pk-429", "WC-429", qb.item("redwine"), 1))).get(0);
    assertThat(outcome.status()).isEqualTo(PostOutcome.Status.NOT_APPLIED);
    assertThat(qb.books.findPosted(DocumentKind.SALES_RECEIPT, "WC-429", "pk-429")).isEmpty();
  }

  @Test
  void an_expired_access_token_is_refreshed_and_the_rotated_pair_saved() {
    qb.clock.advance(Duration.ofMinutes(56));
    assertThat(qb.item("redwine").name()).isEqualTo("redwine");
    assertThat(qb.saved).hasSize(1);
    qb.clock.advance(Duration.ofHours(2));
    assertThat(qb.item("redwine").name()).isEqualTo("redwine");
    assertThat(qb.saved).hasSize(2);
    assertThat(qb.saved.get(1).refreshToken()).isNotEqualTo(qb.saved.get(0).refreshToken());
  }

  @Test
  void a_paid_invoice_gets_a_linked_payment() {
    BooksDocument sale = qb.sale("pk-inv", "WC-INV", qb.item("redwine"), 1);
    BooksDocument invoice =
        new BooksDocument(
            DocumentKind.INVOICE,
            sale.postingKey(),
            sale.docNumber(),
            sale.txnDate(),
            sale.customerId(),
            sale.privateNote(),
            sale.lines(),
            sale.totalTax(),
            sale.total(),
            "Undeposited Funds",
            "Credit Card",
            true);
    PostOutcome outcome = qb.books.post(List.of(invoice)).get(0);
    assertThat(outcome.status()).isEqualTo(PostOutcome.Status.POSTED);
    assertThat(outcome.message()).isNull();
    // The simulator does not yet lower an invoice's Balance when a payment links to it, so check
    // the payment itself.
    var payments = qb.client.query("select * from Payment");
    assertThat(payments).hasSize(1);
    assertThat(payments.get(0).path("TotalAmt").decimalValue()).isEqualByComparingTo("12.00");
    assertThat(
            payments.get(0).path("Line").path(0).path("LinkedTxn").path(0).path("TxnId").asText())
        .isEqualTo(outcome.document().id());
  }

  private String accountId(String name) {
    return qb.client
        .query("select * from Account where Name = '" + name + "'")
        .get(0)
        .path("Id")
        .asText();
  }

  private void deleteSalesReceipt(com.fasterxml.jackson.databind.node.ObjectNode body) {
    // Deleting is not part of the Books port; go through the wire with the same token source.
    try {
      var http = java.net.http.HttpClient.newHttpClient();
      var uri =
          java.net.URI.create(
              qb.sim.baseUrl()
                  + "/"
                  + qb.sim.realmId()
                  + "/salesreceipt?operation=delete&minorversion=75");
      var request =
          java.net.http.HttpRequest.newBuilder(uri)
              .header("Authorization", "Bearer " + qb.tokens.accessToken())
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString()))
              .build();
      assertThat(
              http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
