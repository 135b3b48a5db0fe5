package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How transactions move {@code QtyOnHand} (reference §1.9). A stored transaction's effect is a map
 * item Id -> signed quantity; a write applies {@code effect(new) - effect(old)}, so create, edit,
 * void (quantities zeroed) and delete (no new document) all reduce to one difference.
 */
final class InventoryLedger {
  private InventoryLedger() {}

  static Map<String, BigDecimal> effect(EntityKind kind, ObjectNode txn, Company company) {
    Map<String, BigDecimal> effect = new LinkedHashMap<>();
    if (txn == null || kind.stockSign() == 0 || !txn.has("Line")) {
      return effect;
    }
    for (JsonNode line : itemLines(txn.get("Line"))) {
      String type = Json.text(line, "DetailType");
      JsonNode detail = type == null ? null : line.get(type);
      String itemId = Json.ref(detail, "ItemRef");
      BigDecimal qty =
          Json.decimal(detail, kind == EntityKind.INVENTORY_ADJUSTMENT ? "QtyDiff" : "Qty");
      if (itemId == null || qty == null || !isItemLine(type) || !tracked(company, itemId)) {
        continue;
      }
      effect.merge(itemId, qty.multiply(BigDecimal.valueOf(kind.stockSign())), BigDecimal::add);
    }
    return effect;
  }

  /** The lines, with the component lines of group (bundle) lines in place of the group line. */
  static List<JsonNode> itemLines(JsonNode lines) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode line : lines) {
      JsonNode components = line.path("GroupLineDetail").get("Line");
      if (components != null && components.isArray()) {
        components.forEach(out::add);
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** {@code after - before}, per item, without zero entries. */
  static Map<String, BigDecimal> difference(
      Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
    Map<String, BigDecimal> diff = new LinkedHashMap<>(after);
    before.forEach((id, qty) -> diff.merge(id, qty.negate(), BigDecimal::add));
    diff.values().removeIf(q -> q.signum() == 0);
    return diff;
  }

  /** Checks the whole difference first (all or nothing), then moves the quantities. */
  static void apply(Company company, Map<String, BigDecimal> diff, boolean allowNegative) {
    if (!allowNegative) {
      diff.forEach(
          (id, qty) -> {
            BigDecimal after = onHand(company, id).add(qty);
            if (after.signum() < 0) {
              throw QboFault.business(
                  "Insufficient quantity on hand for item "
                      + id
                      + " (would be "
                      + after.toPlainString()
                      + ")");
            }
          });
    }
    diff.forEach(
        (id, qty) ->
            company
                .find(EntityKind.ITEM, id)
                .ifPresent(item -> item.put("QtyOnHand", onHand(company, id).add(qty))));
  }

  private static BigDecimal onHand(Company company, String id) {
    BigDecimal qty =
        company.find(EntityKind.ITEM, id).map(i -> Json.decimal(i, "QtyOnHand")).orElse(null);
    return qty == null ? BigDecimal.ZERO : qty;
  }

  private static boolean isItemLine(String type) {
    return "SalesItemLineDetail".equals(type)
        || "ItemBasedExpenseLineDetail".equals(type)
        || "ItemAdjustmentLineDetail".equals(type);
  }

  private static boolean tracked(Company company, String itemId) {
    return company.find(EntityKind.ITEM, itemId).map(Refs::isInventory).orElse(false);
  }
}
