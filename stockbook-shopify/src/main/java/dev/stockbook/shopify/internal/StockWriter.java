package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * Writes {@code available} with {@code inventorySetQuantities}, at most 250 quantities a call
 * (Shopify's input limit). A write that carries the quantity the engine expects sends it as {@code
 * changeFromQuantity}, a compare-and-swap: a sale Shopify records meanwhile makes the row stale
 * instead of being overwritten ({@link StaleRows}). An absolute write sends {@code
 * changeFromQuantity: null}. Since one refused row fails Shopify's whole call, the rows Shopify did
 * not blame are sent once more on their own; each write gets its own result. A row refused because
 * its location is gone makes the publishing location be looked up again next time.
 */
public final class StockWriter {
  static final int BATCH_LIMIT = 250;

  /** One write and where it goes, as gids. */
  record Row(StockWrite write, String item, String location) {}

  private final GraphQl http;
  private final AccessScopes access;
  private final PublishingLocation location;
  private final String reference;
  private final StaleRows stale;

  /**
   * @param reference Shopify's {@code referenceDocumentUri} of Stockbook's changes (shown in the
   *     inventory history)
   */
  public StockWriter(
      GraphQl http, AccessScopes access, PublishingLocation location, String reference) {
    this.http = http;
    this.access = access;
    this.location = location;
    this.reference = reference;
    this.stale = new StaleRows(http);
  }

  public List<StockWriteResult> write(List<StockWrite> writes) {
    if (writes.isEmpty()) {
      return List.of();
    }
    access.require();
    Map<StockWrite, StockWriteResult> results = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    for (StockWrite w : writes) {
      String problem = unsendable(w);
      if (problem != null) {
        results.put(w, StockWriteResult.rejected(w, problem, false));
      } else {
        rows.add(row(w));
      }
    }
    for (int from = 0; from < rows.size(); from += BATCH_LIMIT) {
      send(rows.subList(from, Math.min(rows.size(), from + BATCH_LIMIT)), true, results);
    }
    return writes.stream().map(results::get).toList();
  }

  private Row row(StockWrite w) {
    String at = w.address().locationId() != null ? w.address().locationId() : location.get().id();
    return new Row(
        w, Gids.of("InventoryItem", w.address().inventoryItemId()), Gids.of("Location", at));
  }

  private static String unsendable(StockWrite w) {
    if (w.address() == null || !Gids.isNumeric(w.address().inventoryItemId())) {
      return "SKU " + w.sku() + " has no Shopify inventory item to write to";
    }
    boolean fits = Math.abs(w.quantity()) <= Integer.MAX_VALUE;
    if (!fits
        || w.expectedQuantity() != null && Math.abs(w.expectedQuantity()) > Integer.MAX_VALUE) {
      return "SKU " + w.sku() + ": " + w.quantity() + " is beyond what Shopify can store";
    }
    return null;
  }

  private void send(List<Row> rows, boolean first, Map<StockWrite, StockWriteResult> results) {
    SetAnswer answer = answer(rows, results);
    if (answer == null) {
      return;
    }
    if (answer.ok()) {
      rows.forEach(r -> results.put(r.write(), accepted(r, answer)));
      return;
    }
    List<Row> unblamed = blame(rows, answer, results);
    if (first && !unblamed.isEmpty()) {
      send(unblamed, false, results);
    } else {
      unblamed.forEach(r -> results.put(r.write(), Refusals.notApplied(r.write())));
    }
  }

  /** Shopify's answer; null when the call itself failed (its rows are refused with why). */
  private SetAnswer answer(List<Row> rows, Map<StockWrite, StockWriteResult> results) {
    try {
      return SetAnswer.of(call(rows));
    } catch (RetriableStoreException | PermanentStoreException e) {
      boolean retriable = e instanceof RetriableStoreException;
      rows.forEach(
          r ->
              results.put(
                  r.write(), StockWriteResult.rejected(r.write(), e.getMessage(), retriable)));
      return null;
    }
  }

  /** Records the rows Shopify refused; returns those it did not blame. */
  private List<Row> blame(
      List<Row> rows, SetAnswer answer, Map<StockWrite, StockWriteResult> results) {
    List<Row> unblamed = new ArrayList<>();
    List<Row> staleRows = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      SetAnswer.Error error = answer.errorOf(i);
      if (error == null) {
        unblamed.add(r);
      } else if (error.stale()) {
        staleRows.add(r);
      } else {
        if (SetAnswer.Error.LOCATION_GONE.equals(error.code())) {
          location.vanished();
        }
        results.put(r.write(), Refusals.of(r.write(), error));
      }
    }
    stale.resolve(staleRows).forEach(res -> results.put(res.write(), res));
    return unblamed;
  }

  private JsonNode call(List<Row> rows) {
    ObjectNode vars = http.variables();
    ObjectNode input = vars.putObject("input");
    input.put("name", "available").put("reason", "correction");
    input.put("referenceDocumentUri", reference);
    ArrayNode quantities = input.putArray("quantities");
    for (Row r : rows) {
      ObjectNode q = quantities.addObject().put("inventoryItemId", r.item());
      q.put("locationId", r.location()).put("quantity", r.write().quantity());
      if (r.write().expectedQuantity() == null) {
        q.putNull("changeFromQuantity");
      } else {
        q.put("changeFromQuantity", r.write().expectedQuantity());
      }
    }
    String what = "writing stock of " + rows.size() + " SKU" + (rows.size() == 1 ? "" : "s");
    return http.data(what, Documents.SET_AVAILABLE, vars).path("inventorySetQuantities");
  }

  private static StockWriteResult accepted(Row r, SetAnswer answer) {
    Long after =
        answer.after().get(SetAnswer.key(Gids.numeric(r.item()), Gids.numeric(r.location())));
    return StockWriteResult.accepted(r.write(), after != null ? after : r.write().quantity());
  }
}
