package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.testkit.StoreUnderTest.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed story ({@code demo}'s steps) and the cases the simulator once got wrong, end to end
 * against a real WooCommerce 10.0.2 with the QuickBooks simulator: every number read back over HTTP
 * from both. Runs in the {@code real-woo} profile ({@code .ci/run}); skipped elsewhere.
 */
class RealWooStoryIT {
  @TempDir Path dir;
  RealWooWorld world;

  @BeforeEach
  void start() {
    world = RealWooWorld.start(dir);
  }

  @AfterEach
  void stop() throws Exception {
    if (world != null) {
      world.close();
    }
  }

  @Test
  void the_seed_story_plays_out_on_the_real_store() {
    world.cycle();
    world.expect("redwine", 20);

    String order = world.store.placeOrder(List.of(new Line("redwine", 5)), true);
    assertThat(world.store.stockOf("redwine")).as("the store took its stock").isEqualTo(15);
    world.cycle();
    assertThat(world.books.count("SalesReceipt", world.docNumber(order))).isEqualTo(1);
    world.expect("redwine", 15);
    world.cycle();
    assertThat(world.books.count("SalesReceipt", world.docNumber(order)))
        .as("not posted twice")
        .isEqualTo(1);

    world.bookkeeper.refundReceipt("redwine", 2, "12.00");
    world.cycle();
    world.expect("redwine", 17);
    world.bookkeeper.creditMemo("redwine", 1, "12.00");
    world.cycle();
    world.expect("redwine", 18);
    world.bookkeeper.adjust("redwine", 6);
    world.cycle();
    world.expect("redwine", 24);

    assertThat(world.bookkeeper.hasItem("rosewine")).isFalse();
    world.store.placeOrder(List.of(new Line("rosewine", 2)), true);
    world.cycle();
    assertThat(world.bookkeeper.hasItem("rosewine"))
        .as("created from the store's 12, then sold 2")
        .isTrue();
    world.expect("rosewine", 10);

    world.store.setStockInAdmin("redwine", 99);
    world.sweep();
    world.expect("redwine", 24);
  }

  @Test
  void a_refund_without_restock_keeps_stock_and_one_with_restock_brings_it_back_on_both_sides() {
    world.cycle();
    String order = world.store.placeOrder(List.of(new Line("redwine", 3)), true);
    world.cycle();
    world.expect("redwine", 17);

    world.store.refund(order, "redwine", 1, false);
    world.cycle();
    JsonNode kept = single("RefundReceipt", world.docNumber(order) + "-R1");
    assertThat(itemsOf(kept)).as("posted to the refund item").doesNotContain("redwine");
    world.expect("redwine", 17);

    world.store.refund(order, "redwine", 1, true);
    world.cycle();
    JsonNode back = single("RefundReceipt", world.docNumber(order) + "-R2");
    assertThat(itemsOf(back)).contains("redwine");
    world.expect("redwine", 18);
  }

  @Test
  void a_cancelled_order_voids_its_receipt_and_both_sides_get_the_stock_back() {
    world.cycle();
    String order = world.store.placeOrder(List.of(new Line("redwine", 2)), true);
    world.cycle();
    world.expect("redwine", 18);

    world.store.moveTo(order, OrderLifecycle.CANCELLED);
    world.cycle();
    world.cycle();

    JsonNode receipt = single("SalesReceipt", world.docNumber(order));
    assertThat(receipt.path("PrivateNote").asText()).contains("Voided");
    world.expect("redwine", 20);
  }

  /**
   * {@code inventory_delta} is read-modify-write in PHP: checkouts racing stock writes can be
   * overwritten. However the race falls, a few cycles later both sides agree, without the sweep.
   */
  @Test
  void checkouts_racing_stock_writes_converge_without_the_sweep() throws Exception {
    world.cycle();
    ExecutorService shoppers = Executors.newFixedThreadPool(4);
    List<Future<String>> orders = new ArrayList<>();
    try {
      for (int round = 0; round < 4; round++) {
        world.bookkeeper.adjust("redwine", 5);
        for (int i = 0; i < 4; i++) {
          orders.add(
              shoppers.submit(() -> world.store.placeOrder(List.of(new Line("redwine", 1)), true)));
        }
        world.cycle();
      }
      for (Future<String> placed : orders) {
        placed.get();
      }
    } finally {
      shoppers.shutdown();
    }
    for (int i = 0; i < 3; i++) {
      world.cycle();
    }

    world.expect("redwine", 20 + 4 * 5 - orders.size());
    for (Future<String> placed : orders) {
      String docNumber = world.docNumber(placed.get());
      // A paid checkout read between WooCommerce's status write and its paid-date write once
      // became an invoice here.
      assertThat(world.books.count("Invoice", docNumber)).as("invoice %s", docNumber).isZero();
      assertThat(world.books.count("SalesReceipt", docNumber)).as(docNumber).isEqualTo(1);
    }
  }

  private JsonNode single(String entity, String docNumber) {
    List<JsonNode> found = world.books.documents(entity, docNumber);
    assertThat(found).as("%s %s", entity, docNumber).hasSize(1);
    return found.get(0);
  }

  private List<String> itemsOf(JsonNode document) {
    List<String> names = new ArrayList<>();
    for (JsonNode line : document.path("Line")) {
      JsonNode ref = line.path("SalesItemLineDetail").path("ItemRef");
      if (!ref.isMissingNode()) {
        names.add(world.books.itemName(ref));
      }
    }
    return names;
  }
}
