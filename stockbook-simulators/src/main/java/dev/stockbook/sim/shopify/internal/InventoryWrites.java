package dev.stockbook.sim.shopify.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * inventorySetQuantities and inventoryAdjustQuantities. Every row is checked first; one bad row
 * fails the whole call (userErrors, nothing changed). Set (2026-04+) compares each row's {@code
 * changeFromQuantity} with the stored quantity (compare-and-swap; an explicit null skips the check,
 * leaving it out is an error); adjust compares only when it is given.
 */
public final class InventoryWrites {
  /** States inventoryAdjustQuantities may move; all but available need a ledger document. */
  static final List<String> ADJUSTABLE =
      List.of("available", "damaged", "quality_control", "reserved", "safety_stock", "incoming");

  private final Shop shop;
  private final Stock stock;
  private final InventoryInput checks;

  public InventoryWrites(Shop shop, Stock stock) {
    this.shop = shop;
    this.stock = stock;
    this.checks = new InventoryInput(shop.catalog);
  }

  private record Row(InventoryLevel level, int delta, String ledgerDoc) {}

  @SuppressWarnings("unchecked")
  public Map<String, Object> set(Map<String, Object> input) {
    UserErrors errors = new UserErrors();
    String name = String.valueOf(input.get("name"));
    if (!List.of("available", "on_hand").contains(name)) {
      errors.add(
          "INVALID_NAME",
          "The quantity name must be either 'available' or 'on_hand'.",
          List.of("input", "name"));
    }
    checks.common(input, errors);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) input.get("quantities");
    List<Row> moves = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = setRow(rows.get(i), i, name, errors, seen);
      if (row != null) {
        moves.add(row);
      }
    }
    return finish(input, errors, moves, name);
  }

  private Row setRow(
      Map<String, Object> row, int i, String name, UserErrors errors, Set<String> seen) {
    int quantity = (Integer) row.get("quantity");
    if (quantity < 0) {
      errors.add(
          "INVALID_QUANTITY_NEGATIVE",
          "The quantity can't be negative.",
          List.of("input", "quantities", i, "quantity"));
    } else if (quantity > 1_000_000_000) {
      errors.add(
          "INVALID_QUANTITY_TOO_HIGH",
          "The total quantity can't be higher than 1,000,000,000.",
          List.of("input", "quantities", i, "quantity"));
    }
    if (!seen.add(row.get("inventoryItemId") + "@" + row.get("locationId"))) {
      errors.add(
          "NO_DUPLICATE_INVENTORY_ITEM_ID_GROUP_ID_PAIR",
          "The combination of inventoryItemId and locationId must be unique.",
          List.of("input", "quantities", i));
    }
    InventoryLevel level = checks.level(row, "quantities", i, errors);
    if (!row.containsKey("changeFromQuantity")) {
      errors.add(
          null,
          "changeFromQuantity is required; pass null to skip the comparison.",
          List.of("input", "quantities", i, "changeFromQuantity"));
      return null;
    }
    if (level == null) {
      return null;
    }
    Integer from = (Integer) row.get("changeFromQuantity");
    if (from != null && from != level.get(name)) {
      errors.add(
          "CHANGE_FROM_QUANTITY_STALE",
          "The changeFromQuantity value does not match persisted value.",
          List.of("input", "quantities", i, "changeFromQuantity"));
    }
    return new Row(level, quantity - level.get(name), null);
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> adjust(Map<String, Object> input) {
    UserErrors errors = new UserErrors();
    String name = String.valueOf(input.get("name"));
    if (!ADJUSTABLE.contains(name)) {
      errors.add(
          "INVALID_QUANTITY_NAME",
          "The specified quantity name is invalid.",
          List.of("input", "name"));
    }
    checks.common(input, errors);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) input.get("changes");
    List<Row> moves = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = adjustRow(rows.get(i), i, name, errors);
      if (row != null) {
        moves.add(row);
      }
    }
    return finish(input, errors, moves, name);
  }

  private Row adjustRow(Map<String, Object> row, int i, String name, UserErrors errors) {
    String ledger = (String) row.get("ledgerDocumentUri");
    if ("available".equals(name) && ledger != null) {
      errors.add(
          "INVALID_AVAILABLE_DOCUMENT",
          "A ledger document URI is not allowed when adjusting available.",
          List.of("input", "changes", i, "ledgerDocumentUri"));
    } else if (!"available".equals(name) && (ledger == null || !InventoryInput.isUri(ledger))) {
      errors.add(
          "INVALID_QUANTITY_DOCUMENT",
          "A ledger document URI is required except when adjusting available.",
          List.of("input", "changes", i, "ledgerDocumentUri"));
    }
    InventoryLevel level = checks.level(row, "changes", i, errors);
    if (level == null) {
      return null;
    }
    int delta = (Integer) row.get("delta");
    Integer from = (Integer) row.get("changeFromQuantity");
    if (from != null && from != level.get(name)) {
      errors.add(
          "CHANGE_FROM_QUANTITY_STALE",
          "The changeFromQuantity argument no longer matches the persisted quantity.",
          List.of("input", "changes", i, "changeFromQuantity"));
    }
    long after = (long) level.get(name) + delta;
    if (after > 2_000_000_000L) {
      errors.add(
          "INVALID_QUANTITY_TOO_HIGH",
          "The quantity can't be higher than 2,000,000,000.",
          List.of("input", "changes", i, "delta"));
    } else if (after < -2_000_000_000L) {
      errors.add(
          "INVALID_QUANTITY_TOO_LOW",
          "The quantity can't be lower than -2,000,000,000.",
          List.of("input", "changes", i, "delta"));
    }
    return new Row(level, delta, ledger);
  }

  /** Applies the rows when there is no error; the payload either way. */
  private Map<String, Object> finish(
      Map<String, Object> input, UserErrors errors, List<Row> rows, String name) {
    if (errors.any()) {
      return errors.payload("inventoryAdjustmentGroup", null);
    }
    List<Stock.Move> moves = new ArrayList<>();
    for (Row row : rows) {
      String paired =
          "incoming".equals(name) ? null : "on_hand".equals(name) ? "available" : "on_hand";
      Map<String, Integer> deltas = new java.util.LinkedHashMap<>();
      deltas.put(name, row.delta());
      if (paired != null) {
        deltas.put(paired, row.delta());
      }
      moves.add(new Stock.Move(row.level(), deltas, row.ledgerDoc()));
    }
    List<Stock.Change> changes = stock.apply(moves);
    AdjustmentGroup group =
        changes.isEmpty()
            ? null
            : new AdjustmentGroup(
                shop.nextId(),
                shop.now(),
                String.valueOf(input.get("reason")),
                (String) input.get("referenceDocumentUri"),
                changes);
    return errors.payload("inventoryAdjustmentGroup", group);
  }
}
