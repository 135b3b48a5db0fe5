package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@code inventorySetQuantities} call answered. Shopify checks every row first and one bad
 * row fails the whole call: then {@code userErrors} name the rows by their {@code field} path
 * ({@code ["input","quantities","3","changeFromQuantity"]}) and nothing was changed. Otherwise
 * {@code changes} say what {@code available} became.
 *
 * @param byRow the error of each row Shopify blamed, by the row's index in the request
 * @param whole errors that name no row (the reason, the name): every row is refused
 * @param after {@code available} after the change, by {@link #key(String, String)}
 */
record SetAnswer(Map<Integer, Error> byRow, List<Error> whole, Map<String, Long> after) {
  static final String STALE = "CHANGE_FROM_QUANTITY_STALE";

  /** One userError. */
  record Error(String code, String message) {
    /** The location a row names does not exist (deleted, or deactivated). */
    static final String LOCATION_GONE = "INVALID_LOCATION";

    boolean stale() {
      return STALE.equals(code);
    }

    /** Shopify's words: "The specified inventory item could not be found. (INVALID_...)". */
    String describe() {
      return message + (code.isEmpty() ? "" : " (" + code + ")");
    }
  }

  static SetAnswer of(JsonNode payload) {
    Map<Integer, Error> byRow = new HashMap<>();
    List<Error> whole = new java.util.ArrayList<>();
    for (JsonNode e : payload.path("userErrors")) {
      Error error = new Error(Json.text(e, "code"), Json.text(e, "message"));
      Integer row = row(e.path("field"));
      if (row == null) {
        whole.add(error);
      } else {
        byRow.merge(row, error, (a, b) -> a.stale() ? b : a);
      }
    }
    return new SetAnswer(byRow, whole, after(payload.path("inventoryAdjustmentGroup")));
  }

  /** The error that refuses row {@code i}: one about the whole call, else the row's own. */
  Error errorOf(int i) {
    return whole.isEmpty() ? byRow.get(i) : whole.get(0);
  }

  boolean ok() {
    return byRow.isEmpty() && whole.isEmpty();
  }

  static String key(String inventoryItemId, String locationId) {
    return inventoryItemId + "@" + locationId;
  }

  /** The row index in {@code ["input","quantities",i,...]}, or null. */
  private static Integer row(JsonNode field) {
    if (field.size() < 3 || !"quantities".equals(field.path(1).asText())) {
      return null;
    }
    String index = field.path(2).asText();
    return index.matches("\\d{1,4}") ? Integer.valueOf(index) : null;
  }

  private static Map<String, Long> after(JsonNode group) {
    Map<String, Long> after = new HashMap<>();
    for (JsonNode change : group.path("changes")) {
      if ("available".equals(Json.text(change, "name"))
          && change.path("quantityAfterChange").canConvertToLong()) {
        after.put(
            key(Json.id(change.path("item"), "id"), Json.id(change.path("location"), "id")),
            change.path("quantityAfterChange").asLong());
      }
    }
    return after;
  }
}
