package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a batch response {@code {"update":[...]}}. WooCommerce answers the items in request order,
 * each either the full product or {@code {"id":N,"error":{code,message,data}}}.
 */
final class BatchAnswer {
  private BatchAnswer() {}

  static List<StockWriteResult> results(List<StockWrite> chunk, JsonNode response) {
    JsonNode answers = response.path("update");
    List<StockWriteResult> out = new ArrayList<>();
    for (int i = 0; i < chunk.size(); i++) {
      out.add(result(chunk.get(i), answers.path(i)));
    }
    return out;
  }

  static StockWriteResult result(StockWrite write, JsonNode answer) {
    if (answer.isMissingNode()) {
      return StockWriteResult.rejected(
          write,
          "WooCommerce gave no answer for SKU " + write.sku() + " in its batch response",
          true);
    }
    if (answer.has("error")) {
      JsonNode error = answer.path("error");
      int status = error.path("data").path("status").asInt(400);
      return StockWriteResult.rejected(
          write,
          "WooCommerce rejected stock for SKU " + write.sku() + ResponseClassifier.describe(error),
          status >= 500 || status == 429);
    }
    if (!ProductMapper.managesStock(answer)) {
      return StockWriteResult.rejected(
          write,
          "WooCommerce does not manage stock for SKU "
              + write.sku()
              + " (manage_stock is "
              + answer.path("manage_stock")
              + ")",
          false);
    }
    JsonNode quantity = answer.path("stock_quantity");
    return StockWriteResult.accepted(write, quantity.isNumber() ? quantity.asLong() : null);
  }
}
