package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes stock (absolute, or as WooCommerce's {@code inventory_delta} when the engine knows the
 * current quantity) through the batch endpoints: simple products to {@code /products/batch},
 * variations to {@code /products/{parent}/variations/batch} (writing a variation through {@code
 * /products} is a 404 in WooCommerce). At most 100 items per request, WooCommerce's limit. A
 * request that fails as a whole rejects only its own writes.
 */
public final class StockWriter {
  static final int BATCH_LIMIT = 100;
  private final WooHttp http;

  public StockWriter(WooHttp http) {
    this.http = http;
  }

  public List<StockWriteResult> write(List<StockWrite> writes) {
    List<StockWriteResult> results = new ArrayList<>();
    groupByEndpoint(writes)
        .forEach(
            (path, group) -> {
              for (List<StockWrite> chunk : Chunks.of(group, BATCH_LIMIT)) {
                results.addAll(send(path, chunk));
              }
            });
    return results;
  }

  static Map<String, List<StockWrite>> groupByEndpoint(List<StockWrite> writes) {
    Map<String, List<StockWrite>> groups = new LinkedHashMap<>();
    for (StockWrite write : writes) {
      String path =
          write.address().isVariation()
              ? "/products/" + write.address().productId() + "/variations/batch"
              : "/products/batch";
      groups.computeIfAbsent(path, p -> new ArrayList<>()).add(write);
    }
    return groups;
  }

  private List<StockWriteResult> send(String path, List<StockWrite> chunk) {
    try {
      return BatchAnswer.results(chunk, http.post(path, body(chunk)).body());
    } catch (RetriableStoreException e) {
      return rejectAll(chunk, e.getMessage(), true);
    } catch (PermanentStoreException e) {
      return rejectAll(chunk, e.getMessage(), false);
    }
  }

  static ObjectNode body(List<StockWrite> chunk) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    var update = body.putArray("update");
    for (StockWrite write : chunk) {
      String id = write.address().inventoryItemId();
      ObjectNode item = update.addObject().put("id", Long.parseLong(id));
      if (write.delta() != null) {
        // relative: a sale the store records meanwhile is kept, not overwritten
        item.put("inventory_delta", write.delta());
      } else {
        item.put("stock_quantity", write.quantity());
      }
    }
    return body;
  }

  private static List<StockWriteResult> rejectAll(
      List<StockWrite> chunk, String error, boolean retriable) {
    return chunk.stream().map(w -> StockWriteResult.rejected(w, error, retriable)).toList();
  }
}
