package dev.stockbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;
import dev.stockbook.store.StoreProduct;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stock writes: absolute, from an expected quantity, to variations, past the batch limit. */
public interface StockContract extends Area {

  @Test
  default void an_absolute_write_sets_the_quantity_the_store_shows() {
    String sku = store().unique("abs");
    store().createProduct(sku, 10, "1.00");
    StoreProduct product = product(sku);

    List<StockWriteResult> results = connector().writeStock(List.of(StockWrite.of(product, 4)));

    assertThat(results).singleElement().satisfies(r -> assertThat(r.ok()).isTrue());
    assertThat(store().stockOf(sku)).isEqualTo(4);
  }

  @Test
  default void a_write_from_the_expected_quantity_keeps_a_sale_made_meanwhile() {
    String sku = store().unique("rel");
    store().createProduct(sku, 10, "1.00");
    StoreProduct product = product(sku);
    store().placeOrder(List.of(new StoreUnderTest.Line(sku, 1)), true); // the store shows 9

    // the engine believed 10 and wants 15 (QuickBooks got 5 more): the sale must not be lost
    StockWriteResult result =
        connector().writeStock(List.of(new StockWrite(product.address(), sku, 15, 10L))).get(0);

    long shows = store().stockOf(sku);
    assertThat(shows).as("the sale made meanwhile is kept").isNotEqualTo(15);
    if (result.ok()) {
      assertThat(result.storeQuantity())
          .as("the answer tells what the store shows")
          .isEqualTo(shows);
    } else {
      assertThat(result.retriable()).as("a refused compare-and-swap can be tried again").isTrue();
    }
  }

  @Test
  default void a_variation_is_written_where_its_stock_lives() {
    String parent = store().unique("vwr");
    store()
        .createVariable(
            parent,
            List.of(
                new StoreUnderTest.Variation(parent + "-S", 5),
                new StoreUnderTest.Variation(parent + "-M", 7)),
            "15.00");
    StoreProduct s = product(parent + "-S");

    connector().writeStock(List.of(StockWrite.of(s, 1)));

    assertThat(store().stockOf(parent + "-S")).isEqualTo(1);
    assertThat(store().stockOf(parent + "-M")).isEqualTo(7);
  }

  @Test
  default void more_writes_than_one_request_takes_are_all_applied_each_with_its_result() {
    int limit = store().stockWriteBatchLimit();
    int n = limit == 0 ? 30 : limit + 1;
    List<String> skus = StoreConnectorContract.skus(store(), "batch", n);
    skus.forEach(sku -> store().createProduct(sku, 1, "1.00"));
    Map<String, StoreProduct> products =
        StoreConnectorContract.bySku(connector().productsBySku(skus));

    List<StockWriteResult> results =
        connector()
            .writeStock(skus.stream().map(sku -> StockWrite.of(products.get(sku), 9)).toList());

    assertThat(results).hasSize(n).allSatisfy(r -> assertThat(r.ok()).isTrue());
    assertThat(store().stockOf(skus.get(n - 1))).isEqualTo(9);
  }

  @Test
  default void a_write_to_a_deleted_product_is_rejected_alone_and_says_why() {
    String kept = store().unique("kept");
    String gone = store().unique("gone");
    store().createProduct(kept, 3, "1.00");
    store().createProduct(gone, 3, "1.00");
    StoreProduct keptProduct = product(kept);
    StoreProduct goneProduct = product(gone);
    store().deleteProduct(gone);

    List<StockWriteResult> results =
        connector()
            .writeStock(List.of(StockWrite.of(keptProduct, 8), StockWrite.of(goneProduct, 8)));

    assertThat(results).hasSize(2);
    StockWriteResult refused =
        results.stream().filter(r -> r.write().sku().equals(gone)).findFirst().orElseThrow();
    assertThat(refused.ok()).isFalse();
    assertThat(refused.retriable()).isFalse();
    assertThat(refused.error()).isNotBlank();
    assertThat(store().stockOf(kept)).isEqualTo(8);
  }

  private StoreProduct product(String sku) {
    return connector().productsBySku(List.of(sku)).stream()
        .filter(p -> p.sku().equals(sku))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no product " + sku));
  }
}
