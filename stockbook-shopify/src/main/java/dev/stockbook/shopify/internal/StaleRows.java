package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import dev.stockbook.store.StockWriteResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows whose compare-and-swap Shopify refused ({@code CHANGE_FROM_QUANTITY_STALE}): the quantity
 * changed after the engine last saw it, a sale most likely. Nothing was written. Each answers what
 * Shopify shows now, read at once, so the engine can write again from it: a retriable refusal
 * carrying that quantity; or, when Shopify already shows what was asked (an earlier attempt whose
 * answer was lost), an accepted write.
 */
final class StaleRows {
  private final GraphQl http;

  StaleRows(GraphQl http) {
    this.http = http;
  }

  List<StockWriteResult> resolve(List<StockWriter.Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Long> shows;
    try {
      shows = read(rows);
    } catch (RetriableStoreException | PermanentStoreException e) {
      shows = Map.of();
    }
    Map<String, Long> now = shows;
    return rows.stream().map(r -> result(r, now.get(level(r)))).toList();
  }

  private static StockWriteResult result(StockWriter.Row r, Long shows) {
    if (shows != null && shows == r.write().quantity()) {
      return StockWriteResult.accepted(r.write(), shows);
    }
    String message =
        "Shopify's quantity of SKU "
            + r.write().sku()
            + " changed after Stockbook read it: Stockbook expected "
            + r.write().expectedQuantity()
            + (shows == null ? "" : ", Shopify shows " + shows)
            + "; nothing was written";
    return new StockWriteResult(r.write(), false, shows, message, true);
  }

  private Map<String, Long> read(List<StockWriter.Row> rows) {
    ObjectNode vars = http.variables();
    ArrayNode ids = vars.putArray("ids");
    rows.forEach(r -> ids.add(level(r)));
    JsonNode data = http.data("reading stock that changed meanwhile", Documents.LEVELS, vars);
    Map<String, Long> shows = new HashMap<>();
    for (JsonNode level : data.path("nodes")) {
      Long available = ProductMapper.available(level);
      if (level.isObject() && available != null) {
        shows.put(Json.text(level, "id"), available);
      }
    }
    return shows;
  }

  private static String level(StockWriter.Row r) {
    return Gids.level(Gids.numeric(r.item()), Gids.numeric(r.location()));
  }
}
