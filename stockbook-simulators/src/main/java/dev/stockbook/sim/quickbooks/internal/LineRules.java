package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Checks and completes one item line ({@code SalesItemLineDetail} or {@code
 * ItemBasedExpenseLineDetail}): 610 for a bad item, 6520 for an inventory line without {@code Qty},
 * 6070 when {@code Amount != Qty x UnitPrice}; fills whichever of the three is missing.
 */
final class LineRules {
  static final String SHIPPING_ITEM_ID = "SHIPPING_ITEM_ID";

  private LineRules() {}

  /** Returns the line's amount after checking and completing it in place. */
  static BigDecimal itemLine(
      Company company, ObjectNode line, ObjectNode detail, boolean allowShipping) {
    String itemId = Json.ref(detail, "ItemRef");
    if (itemId == null) {
      throw QboFault.required("ItemRef");
    }
    if (SHIPPING_ITEM_ID.equals(itemId)) {
      if (!allowShipping) {
        throw QboFault.notFound("Item", itemId);
      }
      return required(line, "Amount");
    }
    ObjectNode item = sellable(Refs.active(company, EntityKind.ITEM, itemId));
    BigDecimal qty = Json.decimal(detail, "Qty");
    if (qty == null && Refs.isInventory(item)) {
      throw QboFault.validation(
          "6520",
          "Missing Inventory Item Quantity",
          "Quantity is required for inventory item " + itemId);
    }
    return amount(line, detail, qty, item);
  }

  /**
   * A Category cannot be used in a transaction (2500 "Invalid Reference Id : Categories cannot be
   * used in transactions.", consolibyte/quickbooks-php#178); a bundle goes on a {@code
   * GroupLineDetail} line, not an item line (our choice of fault: 6000).
   */
  private static ObjectNode sellable(ObjectNode item) {
    if ("Category".equalsIgnoreCase(Json.text(item, "Type"))) {
      throw QboFault.validation(
          "2500",
          "Invalid Reference Id",
          "Invalid Reference Id : Categories cannot be used in transactions.");
    }
    if (GroupLines.isGroup(item)) {
      throw QboFault.business(
          "Item "
              + Json.text(item, "Name")
              + " is a group item: sell it on a GroupLineDetail line");
    }
    return item;
  }

  private static BigDecimal amount(
      ObjectNode line, ObjectNode detail, BigDecimal qty, ObjectNode item) {
    BigDecimal price = Json.decimal(detail, "UnitPrice");
    BigDecimal amount = Json.decimal(line, "Amount");
    if (qty != null && price != null) {
      BigDecimal expected = qty.multiply(price).setScale(2, RoundingMode.HALF_UP);
      if (amount != null && amount.compareTo(expected) != 0) {
        throw QboFault.validation(
            "6070",
            "Amount calculation incorrect",
            "Amount is not equal to UnitPrice * Qty. Supplied value:" + amount.toPlainString());
      }
      amount = expected;
    } else if (qty != null && amount != null && qty.signum() != 0) {
      detail.put("UnitPrice", amount.divide(qty, 6, RoundingMode.HALF_UP).stripTrailingZeros());
    } else if (amount == null && qty != null && Json.decimal(item, "UnitPrice") != null) {
      price = Json.decimal(item, "UnitPrice");
      detail.put("UnitPrice", price);
      amount = qty.multiply(price).setScale(2, RoundingMode.HALF_UP);
    }
    if (amount == null) {
      throw QboFault.required("Amount");
    }
    line.put("Amount", amount);
    return amount;
  }

  static BigDecimal required(JsonNode node, String field) {
    BigDecimal value = Json.decimal(node, field);
    if (value == null) {
      throw QboFault.required(field);
    }
    return value;
  }

  /**
   * Numbers lines 1..n, the components of a group line right after it (incoming line Ids are not
   * kept: the simulator rewrites the collection).
   */
  static void number(ArrayNode lines) {
    number(lines, 0);
  }

  private static int number(ArrayNode lines, int from) {
    int n = from;
    for (JsonNode line : lines) {
      n++;
      ((ObjectNode) line).put("Id", Integer.toString(n)).put("LineNum", n);
      if (line.path("GroupLineDetail").get("Line") instanceof ArrayNode components) {
        n = number(components, n);
      }
    }
    return n;
  }
}
