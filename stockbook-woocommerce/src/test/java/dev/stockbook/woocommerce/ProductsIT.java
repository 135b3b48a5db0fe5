package dev.stockbook.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreProduct;
import dev.stockbook.woocommerce.WooStub.Reply;
import dev.stockbook.woocommerce.internal.Fixtures;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProductsIT {
  private final WooStub stub = new WooStub();
  private final StoreConnector store = Connect.to(stub);

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void a_sku_lookup_finds_products_and_variations_in_one_request() {
    stub.handler(
        r ->
            Reply.page(
                "["
                    + Fixtures.text("product-simple.json")
                    + ","
                    + Fixtures.text("product-variation-webhook-body.json")
                    + "]",
                1));

    List<StoreProduct> found = store.productsBySku(List.of("W-1", "TEE-S"));

    assertThat(stub.journal()).hasSize(1);
    assertThat(stub.journal().get(0).query())
        .containsEntry("sku", "W-1,TEE-S")
        .containsEntry("per_page", "100");
    assertThat(found).extracting(StoreProduct::sku).containsExactly("W-1", "TEE-S");
    assertThat(found.get(1).productId()).isEqualTo("11");
  }

  @Test
  void long_sku_lists_are_split_into_requests_of_a_full_page_of_100() {
    stub.handler(r -> Reply.page("[]", 1));

    store.productsBySku(IntStream.range(0, 250).mapToObj(i -> "S-" + i).toList());

    assertThat(stub.journal())
        .extracting(r -> r.query().get("sku").split(",").length)
        .containsExactly(100, 100, 50);
    assertThat(stub.journal())
        .allSatisfy(r -> assertThat(r.query()).containsEntry("per_page", "100"));
  }

  @Test
  void long_skus_split_the_list_earlier_so_the_url_stays_under_8_kb() {
    stub.handler(r -> Reply.page("[]", 1));
    String padding = "X".repeat(90);

    store.productsBySku(IntStream.range(0, 100).mapToObj(i -> padding + "-" + i).toList());

    assertThat(stub.journal()).hasSize(2);
    // these SKUs encode as themselves, and each comma as %2C
    assertThat(stub.journal())
        .extracting(r -> r.query().get("sku"))
        .allSatisfy(
            list ->
                assertThat(list.length() + 2 * (list.split(",").length - 1))
                    .isLessThanOrEqualTo(6000));
    assertThat(stub.journal())
        .extracting(r -> r.query().get("sku").split(",").length)
        .containsExactly(62, 38);
  }

  @Test
  void all_products_include_the_variations_of_variable_products_and_skip_empty_skus() {
    stub.handler(
        r ->
            switch (r.path()) {
              case "/products" ->
                  r.query().get("page").equals("1")
                      ? Reply.page("[" + Fixtures.text("product-simple.json") + "]", 2)
                      : Reply.page(
                          "["
                              + Fixtures.text("product-variable.json")
                                  .replace("\"sku\":\"TEE\"", "\"sku\":\"\"")
                              + "]",
                          2);
              case "/products/11/variations" ->
                  Reply.page(
                      Fixtures.json("variations-batch-create-response.json")
                          .path("create")
                          .toString(),
                      1);
              default -> Reply.error(404, "rest_no_route", "No route.");
            });

    List<StoreProduct> all = store.allProducts();

    assertThat(all).extracting(StoreProduct::sku).containsExactly("W-1", "TEE-S", "TEE-M");
    assertThat(all.get(2).variationId()).isEqualTo("13");
  }
}
