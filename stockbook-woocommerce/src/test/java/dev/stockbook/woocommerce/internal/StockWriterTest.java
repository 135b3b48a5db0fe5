package dev.stockbook.woocommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.StockAddress;
import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockWriterTest {
  private final StockWrite widget = new StockWrite(StockAddress.single("10", null), "W-1", 18);
  private final StockWrite teeS = new StockWrite(StockAddress.single("11", "12"), "TEE-S", 4);
  private final StockWrite teeM = new StockWrite(StockAddress.single("11", "13"), "TEE-M", 6);

  @Test
  void simple_products_and_variations_of_each_parent_go_to_their_own_batch_endpoint() {
    var groups = StockWriter.groupByEndpoint(List.of(widget, teeS, teeM));

    assertThat(groups).containsOnlyKeys("/products/batch", "/products/11/variations/batch");
    assertThat(groups.get("/products/11/variations/batch")).containsExactly(teeS, teeM);
  }

  @Test
  void a_variation_is_updated_by_its_own_id() {
    JsonNode body = StockWriter.body(List.of(teeS));

    assertThat(body.toString()).isEqualTo("{\"update\":[{\"id\":12,\"stock_quantity\":4}]}");
  }

  @Test
  void a_write_that_knows_the_current_quantity_goes_as_a_relative_change() {
    JsonNode body =
        StockWriter.body(List.of(new StockWrite(StockAddress.single("11", "12"), "TEE-S", 4, 6L)));

    assertThat(body.toString()).isEqualTo("{\"update\":[{\"id\":12,\"inventory_delta\":-2}]}");
  }

  @Test
  void the_batch_answer_maps_each_item_and_keeps_woocommerce_error_words() {
    JsonNode answer = Fixtures.json("variations-batch-create-response.json").path("create");
    var response = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    response
        .putArray("update")
        .add(answer.get(0))
        .addObject()
        .put("id", 13)
        .putObject("error")
        .put("code", "woocommerce_rest_product_invalid_id")
        .put("message", "Invalid ID.")
        .putObject("data")
        .put("status", 400);

    List<StockWriteResult> results = BatchAnswer.results(List.of(teeS, teeM), response);

    assertThat(results.get(0)).isEqualTo(StockWriteResult.accepted(teeS, 5L));
    assertThat(results.get(1).ok()).isFalse();
    assertThat(results.get(1).retriable()).isFalse();
    assertThat(results.get(1).error())
        .contains("TEE-M", "Invalid ID.", "woocommerce_rest_product_invalid_id");
  }

  @Test
  void a_product_that_does_not_manage_stock_is_reported_not_silently_accepted() {
    JsonNode tee = Fixtures.json("product-variable.json");

    StockWriteResult result = BatchAnswer.result(widget, tee);

    assertThat(result.ok()).isFalse();
    assertThat(result.error()).contains("does not manage stock", "W-1");
  }
}
