package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * A group (bundle) item: {@code ItemGroupDetail.ItemGroupLine[]} of {@code {ItemRef, Qty}} naming
 * active items that are not groups themselves (Item reference: "Contains the detailed components of
 * the group"). A group has no stock of its own: quantity fields sent for it are dropped, and
 * selling it moves its components' stock.
 */
final class GroupItems {
  private static final List<String> NO_STOCK =
      List.of("QtyOnHand", "TrackQtyOnHand", "InvStartDate", "AssetAccountRef");

  private GroupItems() {}

  static void check(ObjectNode item, Company company) {
    JsonNode lines = Json.path(item, "ItemGroupDetail.ItemGroupLine");
    if (lines == null || !lines.isArray() || lines.isEmpty()) {
      throw QboFault.required("ItemGroupDetail.ItemGroupLine");
    }
    for (JsonNode line : lines) {
      component((ObjectNode) line, company);
    }
    NO_STOCK.forEach(item::remove);
  }

  private static void component(ObjectNode line, Company company) {
    ObjectNode part = Refs.required(company, line, "ItemRef", EntityKind.ITEM);
    if (GroupLines.isGroup(part) || "Category".equalsIgnoreCase(Json.text(part, "Type"))) {
      throw QboFault.business(
          "A group's components must be items, not "
              + Json.text(part, "Type")
              + " "
              + Json.text(part, "Name"));
    }
    ((ObjectNode) line.get("ItemRef")).put("name", Json.text(part, "Name"));
    BigDecimal qty = Json.decimal(line, "Qty");
    if (qty != null && qty.signum() <= 0) {
      throw QboFault.business("A group component's Qty must be positive, was " + qty);
    }
    line.put("Qty", qty == null ? BigDecimal.ONE : qty);
  }
}
