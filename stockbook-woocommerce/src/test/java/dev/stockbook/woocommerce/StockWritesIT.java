package dev.stockbook.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.StockAddress;
import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.woocommerce.WooStub.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StockWritesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final WooStub stub = new WooStub();
  private final StoreConnector store = Connect.to(stub);

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void stock_writes_are_sent_in_batches_of_at_most_100() {
    stub.handler(StockWritesIT::echo);
    List<StockWrite> writes =
        IntStream.rangeClosed(1, 250)
            .mapToObj(i -> new StockWrite(StockAddress.single("" + i, null), "SKU-" + i, i))
            .toList();

    List<StockWriteResult> results = store.writeStock(writes);

    assertThat(stub.journal()).extracting(r -> updates(r).size()).containsExactly(100, 100, 50);
    assertThat(results).hasSize(250).allMatch(StockWriteResult::ok);
    assertThat(results.get(249).storeQuantity()).isEqualTo(250L);
  }

  @Test
  void variation_stock_goes_to_the_variations_batch_endpoint() {
    stub.handler(StockWritesIT::echo);

    store.writeStock(
        List.of(
            new StockWrite(StockAddress.single("10", null), "W-1", 3),
            new StockWrite(StockAddress.single("11", "12"), "TEE-S", 4)));

    assertThat(stub.journal())
        .extracting(WooStub.Request::path)
        .containsExactly("/products/batch", "/products/11/variations/batch");
    assertThat(updates(stub.journal().get(1)).get(0).toString())
        .isEqualTo("{\"id\":12,\"stock_quantity\":4}");
  }

  @Test
  void a_per_item_error_rejects_only_that_sku() {
    stub.handler(StockWritesIT::echo);

    List<StockWriteResult> results =
        store.writeStock(
            List.of(
                new StockWrite(StockAddress.single("10", null), "W-1", 3),
                new StockWrite(StockAddress.single("999999", null), "GONE", 1)));

    assertThat(results.get(0)).isEqualTo(StockWriteResult.accepted(results.get(0).write(), 3L));
    assertThat(results.get(1).ok()).isFalse();
    assertThat(results.get(1).retriable()).isFalse();
    assertThat(results.get(1).error())
        .contains("GONE", "Invalid ID.", "woocommerce_rest_product_invalid_id");
  }

  @Test
  void a_captcha_page_fails_only_its_own_batch_and_as_retriable() {
    stub.handler(
        r ->
            r.path().equals("/products/batch")
                ? Reply.html(202, "<html><body>SG-Captcha challenge</body></html>")
                : echo(r));

    List<StockWriteResult> results =
        store.writeStock(
            List.of(
                new StockWrite(StockAddress.single("10", null), "W-1", 3),
                new StockWrite(StockAddress.single("11", "12"), "TEE-S", 4)));

    assertThat(results.get(0).ok()).isFalse();
    assertThat(results.get(0).retriable()).isTrue();
    assertThat(results.get(0).error()).contains("POST /products/batch", "non-JSON");
    assertThat(results.get(1).ok()).isTrue();
  }

  @Test
  void a_refused_batch_rejects_its_writes_as_permanent() {
    stub.handler(
        r -> Reply.error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources."));

    List<StockWriteResult> results =
        store.writeStock(List.of(new StockWrite(StockAddress.single("10", null), "W-1", 3)));

    assertThat(results.get(0).retriable()).isFalse();
    assertThat(results.get(0).error()).contains("401", "woocommerce_rest_cannot_view");
  }

  /** Answers a batch update like WooCommerce: the product, or an error for id 999999. */
  private static Reply echo(WooStub.Request request) {
    ObjectNode response = JSON.createObjectNode();
    ArrayNode answers = response.putArray("update");
    for (JsonNode item : updates(request)) {
      if (item.path("id").asLong() == 999999) {
        answers
            .addObject()
            .put("id", 999999)
            .putObject("error")
            .put("code", "woocommerce_rest_product_invalid_id")
            .put("message", "Invalid ID.")
            .putObject("data")
            .put("status", 400);
      } else {
        answers
            .addObject()
            .put("id", item.path("id").asLong())
            .put("manage_stock", true)
            .put("stock_quantity", item.path("stock_quantity").asLong());
      }
    }
    return Reply.json(response.toString());
  }

  private static JsonNode updates(WooStub.Request request) {
    try {
      return JSON.readTree(request.body()).path("update");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
