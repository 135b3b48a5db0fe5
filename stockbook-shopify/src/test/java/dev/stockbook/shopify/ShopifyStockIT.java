package dev.stockbook.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.shopify.Shopper;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreProduct;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stock writes over HTTP: compare-and-swap, userErrors, lost answers, locations. */
class ShopifyStockIT {
  final TestShop shop = new TestShop();
  final StoreConnector connector = shop.connector();

  @AfterEach
  void close() {
    shop.close();
  }

  @Test
  void a_stale_swap_writes_nothing_answers_what_shopify_shows_and_a_write_from_that_lands() {
    shop.store.createProduct("wine", 10, "12.00");
    StoreProduct wine = shop.product(connector, "wine");
    shop.sim.shopper().placeOrder(List.of(new Shopper.Line("wine", 1)));

    StockWriteResult stale = connector.writeStock(List.of(TestShop.from(wine, 10, 15))).get(0);

    assertThat(stale.ok()).isFalse();
    assertThat(stale.retriable()).isTrue();
    assertThat(stale.storeQuantity()).isEqualTo(9);
    assertThat(stale.error()).contains("wine", "expected 10", "shows 9", "nothing was written");
    assertThat(shop.store.stockOf("wine")).isEqualTo(9);
    StockWriteResult again = connector.writeStock(List.of(TestShop.from(wine, 9, 15))).get(0);
    assertThat(again.ok()).isTrue();
    assertThat(again.storeQuantity()).isEqualTo(15);
    assertThat(shop.store.stockOf("wine")).isEqualTo(15);
  }

  @Test
  void a_write_whose_answer_was_lost_is_accepted_when_sent_again() {
    shop.store.createProduct("rose", 4, "11.00");
    StoreProduct rose = shop.product(connector, "rose");
    shop.sim.faults().next("POST", "/admin/api/.*", Fault.commitThenDrop(), 1);

    StockWriteResult lost = connector.writeStock(List.of(TestShop.from(rose, 4, 6))).get(0);
    StockWriteResult resent = connector.writeStock(List.of(TestShop.from(rose, 4, 6))).get(0);

    assertThat(lost.ok()).isFalse();
    assertThat(lost.retriable()).isTrue();
    assertThat(resent.ok()).as("Shopify already shows 6: the first write landed").isTrue();
    assertThat(resent.storeQuantity()).isEqualTo(6);
    assertThat(shop.store.stockOf("rose")).isEqualTo(6);
  }

  @Test
  void a_row_shopify_refuses_names_its_sku_and_the_other_rows_are_written() {
    shop.store.createProduct("red", 3, "1.00");
    shop.store.createProduct("white", 3, "1.00");
    StoreProduct red = shop.product(connector, "red");
    StoreProduct white = shop.product(connector, "white");

    List<StockWriteResult> results =
        connector.writeStock(List.of(StockWrite.of(red, -2), StockWrite.of(white, 8)));

    assertThat(results.get(0).ok()).isFalse();
    assertThat(results.get(0).retriable()).isFalse();
    assertThat(results.get(0).error()).contains("SKU red", "INVALID_QUANTITY_NEGATIVE");
    assertThat(results.get(1).ok()).isTrue();
    assertThat(shop.store.stockOf("white")).isEqualTo(8);
    assertThat(shop.store.stockOf("red")).isEqualTo(3);
  }

  @Test
  void a_user_error_about_the_whole_request_refuses_every_write_each_naming_its_sku() {
    shop.store.createProduct("a", 3, "1.00");
    shop.store.createProduct("b", 3, "1.00");
    List<StockWrite> writes =
        List.of(
            StockWrite.of(shop.product(connector, "a"), 1),
            StockWrite.of(shop.product(connector, "b"), 1));
    shop.sim.failNextMutation(
        "inventorySetQuantities", "INVALID_REASON", "The specified reason is invalid.", 1);

    List<StockWriteResult> results = connector.writeStock(writes);

    assertThat(results).extracting(StockWriteResult::ok).containsExactly(false, false);
    assertThat(results.get(0).error()).contains("SKU a", "INVALID_REASON");
    assertThat(results.get(1).error()).contains("SKU b");
    assertThat(shop.store.stockOf("a")).isEqualTo(3);
  }

  @Test
  void a_named_location_is_read_and_written_and_the_primary_one_keeps_its_stock() {
    shop.sim.addLocation("Warehouse");
    shop.store.createProduct("tee", 5, "15.00");
    shop.sim.stockAt("tee", "Warehouse", 40);
    StoreConnector warehouse = shop.connector(Map.of("location", "warehouse"));

    StoreProduct tee = shop.product(warehouse, "tee");
    warehouse.writeStock(List.of(TestShop.from(tee, 40, 44)));

    assertThat(tee.stockQuantity()).isEqualTo(40);
    assertThat(shop.product(warehouse, "tee").stockQuantity()).isEqualTo(44);
    assertThat(shop.product(connector, "tee").stockQuantity()).as("primary").isEqualTo(5);
  }

  @Test
  void a_sku_not_stocked_at_the_location_does_not_manage_stock_there() {
    shop.sim.addLocation("Warehouse");
    shop.store.createProduct("only-front", 5, "15.00");

    StoreProduct product =
        shop.product(shop.connector(Map.of("location", "Warehouse")), "only-front");

    assertThat(product.managesStock()).isFalse();
    assertThat(product.stockQuantity()).isNull();
  }

  @Test
  void an_unknown_location_is_a_permanent_error_naming_the_setting_and_the_shops_locations() {
    shop.store.createProduct("x", 1, "1.00");
    StoreConnector nowhere = shop.connector(Map.of("location", "Nowhere"));

    assertThatThrownBy(() -> nowhere.productsBySku(List.of("x")))
        .isInstanceOf(PermanentStoreException.class)
        .hasMessageContaining("store.location")
        .hasMessageContaining("'Nowhere'")
        .hasMessageContaining(ShopifySimulatorStore.LOCATION);
  }

  @Test
  void a_deleted_variant_is_refused_as_gone_and_its_sku_is_no_longer_found() {
    shop.store.createProduct("gone", 2, "1.00");
    StoreProduct gone = shop.product(connector, "gone");
    shop.store.deleteProduct("gone");

    StockWriteResult result = connector.writeStock(List.of(StockWrite.of(gone, 5))).get(0);

    assertThat(result.ok()).isFalse();
    assertThat(result.retriable()).isFalse();
    assertThat(result.error()).contains("SKU gone", "INVALID_INVENTORY_ITEM", "deleted");
    assertThat(connector.productsBySku(List.of("gone"))).isEmpty();
  }
}
