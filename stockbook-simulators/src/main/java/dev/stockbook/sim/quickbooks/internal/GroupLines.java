package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Bundles (Item {@code Type=Group}). A sales line {@code GroupLineDetail{GroupItemRef, Quantity
 * (default 1), Line[]}} is expanded into its components' {@code SalesItemLineDetail} lines, which
 * QuickBooks returns inside the group line (SalesReceipt reference: "Individual ItemLine elements
 * that comprise a bundle. Returned in responses"). Components the client sends are used as sent (a
 * bundle sold at its own price); otherwise each is the component item at its {@code UnitPrice}
 * times the group quantity. The group line's {@code Amount} is the sum of its components.
 */
final class GroupLines {
  private GroupLines() {}

  static boolean isGroup(ObjectNode item) {
    return "Group".equalsIgnoreCase(Json.text(item, "Type"));
  }

  /** Expands the line in place, handing each component line to {@code component} to check. */
  static void expand(Company company, ObjectNode line, Consumer<ObjectNode> component) {
    ObjectNode detail = TxnRules.detail(line, "GroupLineDetail");
    ObjectNode group = Refs.required(company, detail, "GroupItemRef", EntityKind.ITEM);
    if (!isGroup(group)) {
      throw QboFault.business(
          "Item "
              + Json.text(group, "Name")
              + " is not a group item (GroupItemRef needs Type Group)");
    }
    ((ObjectNode) detail.get("GroupItemRef")).put("name", Json.text(group, "Name"));
    BigDecimal quantity = Json.decimal(detail, "Quantity");
    detail.put("Quantity", quantity == null ? BigDecimal.ONE : quantity);
    JsonNode sent = detail.get("Line");
    ArrayNode components =
        sent instanceof ArrayNode array && !array.isEmpty()
            ? array
            : fromItem(company, group, Json.decimal(detail, "Quantity"));
    for (JsonNode c : components) {
      ObjectNode componentLine = (ObjectNode) c;
      componentLine.put("DetailType", "SalesItemLineDetail");
      component.accept(componentLine);
    }
    detail.set("Line", components);
    line.put("DetailType", "GroupLineDetail");
    total(line);
  }

  /** Sets the group line's Amount to the sum of its components (after tax may change them). */
  static BigDecimal total(ObjectNode line) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode c : line.get("GroupLineDetail").get("Line")) {
      sum = sum.add(Json.decimal(c, "Amount"));
    }
    line.put("Amount", sum);
    return sum;
  }

  private static ArrayNode fromItem(Company company, ObjectNode group, BigDecimal quantity) {
    ArrayNode lines = Json.MAPPER.createArrayNode();
    for (JsonNode part : group.path("ItemGroupDetail").path("ItemGroupLine")) {
      ObjectNode item = Refs.active(company, EntityKind.ITEM, Json.ref(part, "ItemRef"));
      ObjectNode detail = lines.addObject().putObject("SalesItemLineDetail");
      detail
          .putObject("ItemRef")
          .put("value", Json.text(item, "Id"))
          .put("name", Json.text(item, "Name"));
      detail.put("Qty", Json.decimal(part, "Qty").multiply(quantity));
      BigDecimal price = Json.decimal(item, "UnitPrice");
      detail.put("UnitPrice", price == null ? BigDecimal.ZERO : price);
      if (item.get("SalesTaxCodeRef") instanceof ObjectNode code) {
        detail.set("TaxCodeRef", code.deepCopy());
      }
    }
    return lines;
  }
}
