package dev.stockbook.it.shopify;

import static dev.stockbook.it.shopify.ShopifyWorld.SHOP;
import static dev.stockbook.it.shopify.ShopifyWorld.WOO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.StockStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input from Shopify, end to end (engine, SQLite state, the simulators over HTTP), next to a
 * WooCommerce connection on the same QuickBooks company: each case gives a message naming the
 * order, SKU or setting, loses nothing, and leaves the other connection syncing.
 */
class ShopifyBadInputIT {
  @TempDir Path dir;

  @Test
  void a_throttled_answer_fails_the_turn_saying_when_to_retry_and_the_next_turn_posts_the_order()
      throws Exception {
    try (ShopifyWorld world = ShopifyWorld.start(dir)) {
      ok(world.cycle(SHOP));
      String order = world.shopOrder("redwine", 2);
      String wooOrder = world.wooOrder("whitewine", 1);
      world.shopify.drainCostBucket();

      CycleReport throttled = world.cycle(SHOP);
      ok(world.cycle(WOO));

      assertThat(said("throttled", String.join("\n", throttled.errors())))
          .contains("throttled by Shopify")
          .containsPattern("try again in [1-9]\\d* s");
      assertThat(world.salesReceipts(WOO, wooOrder)).as("the other connection posts").isEqualTo(1);
      world.refillBucket(30);
      ok(world.cycle(SHOP));
      assertThat(world.salesReceipts(SHOP, order)).isEqualTo(1);
      assertThat(world.bookkeeper.onHand("redwine")).isEqualByComparingTo("18");
      assertThat(world.storeShows(SHOP, "redwine")).isEqualTo(18L);
    }
  }

  @Test
  void a_user_error_on_the_stock_write_names_the_sku_and_the_next_turn_writes_it()
      throws Exception {
    try (ShopifyWorld world = ShopifyWorld.start(dir)) {
      ok(world.cycle(SHOP));
      world.bookkeeper.adjust("redwine", 6);
      world.shopify.failNextMutation(
          "inventorySetQuantities", "INVALID_QUANTITY_TOO_HIGH", "The quantity is too high.", 1);

      world.cycle(SHOP);

      assertThat(world.stock(SHOP, "redwine").status()).isEqualTo(StockStatus.ERROR);
      assertThat(said("userError", world.stock(SHOP, "redwine").message()))
          .contains("SKU redwine")
          .contains("INVALID_QUANTITY_TOO_HIGH");
      ok(world.cycle(WOO));
      assertThat(world.storeShows(WOO, "redwine")).as("the other store").isEqualTo(26L);
      ok(world.cycle(SHOP));
      assertThat(world.storeShows(SHOP, "redwine")).isEqualTo(26L);
      assertThat(world.stock(SHOP, "redwine").status()).isEqualTo(StockStatus.IN_SYNC);
    }
  }

  @Test
  void a_stale_compare_and_swap_after_a_checkout_is_corrected_without_overwriting_the_sale()
      throws Exception {
    try (ShopifyWorld world = ShopifyWorld.start(dir)) {
      ok(world.cycle(SHOP));
      world.bookkeeper.adjust("whitewine", 5); // QuickBooks 40
      world.shopify.merchant().setAvailable("whitewine", 33); // typed in the admin meanwhile

      ok(world.cycle(SHOP));

      assertThat(world.storeShows(SHOP, "whitewine")).isEqualTo(40L);
      assertThat(world.stock(SHOP, "whitewine").status()).isEqualTo(StockStatus.IN_SYNC);

      String order = world.shopOrder("whitewine", 3); // the store takes 3: 37
      world.bookkeeper.adjust("whitewine", 2); // QuickBooks 42
      ok(world.cycle(SHOP));
      assertThat(world.salesReceipts(SHOP, order)).isEqualTo(1);
      assertThat(world.bookkeeper.onHand("whitewine")).isEqualByComparingTo("39");
      assertThat(world.storeShows(SHOP, "whitewine"))
          .as("QuickBooks' 39 with the sale in it, not 42 over the checkout")
          .isEqualTo(39L);
    }
  }

  @Test
  void a_deleted_variant_is_reported_by_sku_while_the_other_skus_publish() throws Exception {
    try (ShopifyWorld world = ShopifyWorld.start(dir)) {
      ok(world.cycle(SHOP));
      world.shopify.merchant().deleteVariant("TEE-M");
      world.bookkeeper.adjust("TEE-M", 3);
      world.bookkeeper.adjust("TEE-S", 4);

      world.cycle(SHOP);

      assertThat(world.storeShows(SHOP, "TEE-S")).isEqualTo(9L);
      assertThat(world.storeShows(SHOP, "TEE-M")).as("gone from the shop").isNull();
      assertThat(said("deleted variant", world.stock(SHOP, "TEE-M").message())).contains("TEE-M");
      assertThat(world.stock(SHOP, "TEE-M").status()).isNotEqualTo(StockStatus.IN_SYNC);
      ok(world.cycle(WOO));
      assertThat(world.storeShows(WOO, "TEE-M")).isEqualTo(10L);
    }
  }

  @Test
  void a_revoked_token_names_the_setting_never_the_token_and_nothing_is_lost_once_replaced()
      throws Exception {
    try (ShopifyWorld world = ShopifyWorld.start(dir)) {
      ok(world.cycle(SHOP));
      String token = world.shopify.accessToken();
      world.shopify.revokeToken(token);
      String order = world.shopOrder("redwine", 4);
      String wooOrder = world.wooOrder("redwine", 1);

      CycleReport refused = world.cycle(SHOP);
      ok(world.cycle(WOO));

      String errors = said("revoked token", String.join("\n", refused.errors()));
      assertThat(errors).contains("store.accessToken").contains("401").doesNotContain(token);
      assertThat(world.salesReceipts(WOO, wooOrder)).isEqualTo(1);

      world.reconfigureShop(
          Map.of(
              "store.accessToken",
              world.shopify.issueToken(dev.stockbook.sim.shopify.ShopifySimulator.ALL_SCOPES)));
      ok(world.cycle(SHOP));
      assertThat(world.salesReceipts(SHOP, order)).as("posted once the token works").isEqualTo(1);
      assertThat(world.order(SHOP, order).orElseThrow().state()).isEqualTo(OrderState.POSTED);
      assertThat(world.bookkeeper.onHand("redwine")).isEqualByComparingTo(BigDecimal.valueOf(15));
      assertThat(world.storeShows(SHOP, "redwine")).isEqualTo(15L);
    }
  }

  @Test
  void an_unknown_location_names_the_setting_and_the_shops_locations() throws Exception {
    try (ShopifyWorld world = ShopifyWorld.start(dir, Map.of("store.location", "Warehouse 9"))) {
      String order = world.shopOrder("redwine", 1);
      CycleReport report = world.cycle(SHOP);
      ok(world.cycle(WOO));

      assertThat(said("unknown location", String.join("\n", report.errors())))
          .contains("store.location")
          .contains("Warehouse 9")
          .contains("Shop location");
      world.reconfigureShop(Map.of("store.location", "Shop location"));
      ok(world.cycle(SHOP));
      assertThat(world.salesReceipts(SHOP, order)).isEqualTo(1);
      assertThat(world.storeShows(SHOP, "redwine")).isEqualTo(19L);
    }
  }

  /** What the operator reads, in the test log too. */
  static String said(String what, String message) {
    System.out.println("[" + what + "] " + message);
    return message;
  }

  static void ok(CycleReport report) {
    assertThat(report.errors()).as("errors of the cycle of " + report.connection()).isEmpty();
  }
}
