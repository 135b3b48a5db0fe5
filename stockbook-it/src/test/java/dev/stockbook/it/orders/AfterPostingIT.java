package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.common.Fault;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store does to an order after it was posted reaches QuickBooks once: voids, refunds,
 * edits.
 */
class AfterPostingIT {
  private static final String STALE_TOKEN_FAULT =
      "{\"Fault\":{\"Error\":[{\"Message\":\"Stale Object Error\","
          + "\"Detail\":\"Stale Object Error : You and another user were working on the same thing.\",\"code\":\"5010\",\"element\":\"\"}],"
          + "\"type\":\"ValidationFault\"},\"time\":\"2026-01-01T00:00:00.000-08:00\"}";
  @TempDir Path dir;
  OrdersWorld world;

  @BeforeEach
  void start() throws Exception {
    world = OrdersWorld.start(dir);
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void a_cancelled_order_voids_its_document_and_quickbooks_gets_the_quantity_back() {
    long id = world.order("redwine:3", "TEE-M:2");
    world.cycle();
    assertThat(world.books.onHand("redwine")).isEqualByComparingTo("17");

    world.woo.shopper().cancel(id);
    world.cycle();
    world.cycle();

    JsonNode receipt = world.books.salesReceipt(id);
    assertThat(receipt.path("TotalAmt").decimalValue()).isZero();
    assertThat(receipt.path("PrivateNote").asText()).contains("Voided");
    assertThat(world.books.onHand("redwine")).isEqualByComparingTo("20");
    assertThat(world.books.onHand("TEE-M")).isEqualByComparingTo("7");
    assertThat(
            world
                .qb
                .journal()
                .count(
                    e ->
                        "operation=void".equals(e.query()) || e.query().contains("operation=void")))
        .isEqualTo(1);
  }

  @Test
  void each_store_refund_becomes_exactly_one_refund_receipt_even_when_an_answer_is_lost() {
    long id = world.order("redwine:3", "whitewine:2");
    world.cycle();

    world.woo.shopper().refund(id, "redwine", 1);
    world.qb.faults().next("POST", ".*/refundreceipt", Fault.commitThenDrop(), 1);
    world.cycle();
    world.woo.shopper().refund(id, "whitewine", 2);
    world.cycle();
    world.cycle();

    JsonNode first = single("RefundReceipt", OrdersWorld.docNumber(id) + "-R1");
    JsonNode second = single("RefundReceipt", OrdersWorld.docNumber(id) + "-R2");
    assertThat(first.path("TotalAmt").decimalValue()).isEqualByComparingTo("12.00");
    assertThat(second.path("TotalAmt").decimalValue()).isEqualByComparingTo("20.00");
    assertThat(world.books.onHand("redwine")).isEqualByComparingTo("18");
    assertThat(world.books.onHand("whitewine")).isEqualByComparingTo("35");
    assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(id))).isEqualTo(1);
  }

  @Test
  void an_order_edited_in_the_store_after_posting_updates_its_document_once() {
    long id = world.order("redwine:2", "whitewine:1");
    world.cycle();
    String tokenBefore = world.books.salesReceipt(id).path("SyncToken").asText();

    JsonNode edited = edit(id);
    world.cycle();
    world.cycle();

    JsonNode receipt = world.books.salesReceipt(id);
    SameOrder.assertSame(receipt, edited, world.books);
    assertThat(receipt.path("TotalAmt").decimalValue()).isEqualByComparingTo("73.00");
    assertThat(receipt.path("SyncToken").asText()).isNotEqualTo(tokenBefore);
    assertThat(world.books.onHand("redwine")).isEqualByComparingTo("16");
    assertThat(world.books.onHand("TEE-S")).isEqualByComparingTo("4");
    assertThat(updates()).isEqualTo(1);
  }

  @Test
  void an_update_whose_answer_was_lost_is_found_and_not_sent_again() {
    long id = world.order("redwine:2", "whitewine:1");
    world.cycle();

    JsonNode edited = edit(id);
    world.qb.faults().next("POST", ".*/salesreceipt", Fault.commitThenDrop(), 1);
    world.cycle();
    world.cycle();

    SameOrder.assertSame(world.books.salesReceipt(id), edited, world.books);
    assertThat(
            world
                .qb
                .journal()
                .count(
                    e ->
                        e.path().endsWith("/salesreceipt")
                            && e.query().contains("operation=update")))
        .as("update requests: the one whose answer was lost, none after")
        .isEqualTo(1);
    assertThat(world.books.onHand("redwine")).isEqualByComparingTo("16");
  }

  @Test
  void an_update_refused_for_a_stale_sync_token_is_read_again_and_retried() {
    long id = world.order("redwine:2", "whitewine:1");
    world.cycle();

    JsonNode edited = edit(id);
    world
        .qb
        .faults()
        .next(
            "POST",
            ".*/salesreceipt",
            new Fault(Fault.Kind.STATUS, 400, STALE_TOKEN_FAULT, Duration.ZERO),
            1);
    world.cycle();

    SameOrder.assertSame(world.books.salesReceipt(id), edited, world.books);
    assertThat(
            world
                .qb
                .journal()
                .count(
                    e ->
                        e.path().endsWith("/salesreceipt")
                            && e.query().contains("operation=update")
                            && e.status() == 400))
        .isEqualTo(1);
    assertThat(updates()).isEqualTo(1);
  }

  /**
   * The merchant changes quantities and adds a line in wp-admin's REST API: redwine 2 -> 4, plus
   * one TEE-S.
   */
  private JsonNode edit(long id) {
    JsonNode order = world.store.order(id);
    long redwineLine = 0;
    for (JsonNode line : order.path("line_items")) {
      if ("redwine".equals(line.path("sku").asText())) {
        redwineLine = line.path("id").asLong();
      }
    }
    ObjectNode body = WooRest.object();
    body.putArray("line_items")
        .add(
            WooRest.object()
                .put("id", redwineLine)
                .put("quantity", 4)
                .put("subtotal", "48.00")
                .put("total", "48.00"))
        .add(world.line("TEE-S", 1));
    return world.store.updateOrder(id, body);
  }

  /** Successful full updates of sales receipts, from the simulator's journal. */
  private long updates() {
    return world
        .qb
        .journal()
        .count(
            e ->
                e.path().endsWith("/salesreceipt")
                    && e.query().contains("operation=update")
                    && e.status() == 200);
  }

  private JsonNode single(String entity, String docNumber) {
    var found = world.books.documents(entity, docNumber);
    assertThat(found).as("%s %s", entity, docNumber).hasSize(1);
    return found.get(0);
  }
}
