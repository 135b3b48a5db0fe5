package dev.stockbook.it.stock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.demo.Bookkeeper;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bookkeeper in QuickBooks over its HTTP API, independent of the engine: the demo's {@link
 * Bookkeeper} plus bills from a vendor, fractional adjustments and bulk item seeding.
 */
final class QuickBooksDesk {
  private final QuickBooksClient client;
  private final Bookkeeper bookkeeper;
  private final Map<String, String> itemIds = new HashMap<>();

  QuickBooksDesk(QuickBooksClient client) {
    this.client = client;
    this.bookkeeper = new Bookkeeper(client);
  }

  Bookkeeper bookkeeper() {
    return bookkeeper;
  }

  BigDecimal onHand(String item) {
    return bookkeeper.onHand(item);
  }

  /**
   * A purchase received: a bill from "Acme Wines" with one item line per entry (raises QtyOnHand).
   */
  JsonNode bill(Map<String, Integer> quantities) {
    ObjectNode body = client.json().createObjectNode();
    body.putObject("VendorRef").put("value", id("Vendor", "DisplayName", "Acme Wines"));
    ArrayNode lines = body.putArray("Line");
    quantities.forEach(
        (item, qty) -> {
          ObjectNode line =
              lines
                  .addObject()
                  .put("DetailType", "ItemBasedExpenseLineDetail")
                  .put("Amount", qty * 5);
          ObjectNode detail = line.putObject("ItemBasedExpenseLineDetail");
          detail.putObject("ItemRef").put("value", itemId(item));
          detail.put("Qty", qty).put("UnitPrice", 5);
        });
    return client.create("Bill", body, UUID.randomUUID().toString());
  }

  /** An inventory adjustment by any quantity, fractional or taking the item below zero. */
  JsonNode adjust(String item, BigDecimal qtyDiff) {
    ObjectNode body = client.json().createObjectNode();
    body.putObject("AdjustAccountRef").put("value", id("Account", "Name", "Cost of Goods Sold"));
    ObjectNode detail =
        body.putArray("Line")
            .addObject()
            .put("DetailType", "ItemAdjustmentLineDetail")
            .putObject("ItemAdjustmentLineDetail");
    detail.putObject("ItemRef").put("value", itemId(item));
    detail.put("QtyDiff", qtyDiff);
    return client.create("InventoryAdjustment", body, UUID.randomUUID().toString());
  }

  /** Creates tracked inventory items, 30 per batch request. */
  void createItems(List<String> names, long quantity) {
    String income = id("Account", "Name", "Sales of Product Income");
    String asset = id("Account", "Name", "Inventory Asset");
    String cogs = id("Account", "Name", "Cost of Goods Sold");
    for (int from = 0; from < names.size(); from += 30) {
      ArrayNode batch = client.json().createArrayNode();
      for (String name : names.subList(from, Math.min(names.size(), from + 30))) {
        ObjectNode item =
            batch.addObject().put("bId", name).put("operation", "create").putObject("Item");
        item.put("Name", name)
            .put("Sku", name)
            .put("Type", "Inventory")
            .put("TrackQtyOnHand", true)
            .put("QtyOnHand", quantity)
            .put("UnitPrice", 9)
            .put("InvStartDate", LocalDate.now().minusDays(1).toString());
        item.putObject("IncomeAccountRef").put("value", income);
        item.putObject("AssetAccountRef").put("value", asset);
        item.putObject("ExpenseAccountRef").put("value", cogs);
      }
      for (JsonNode answer : client.batch(batch, UUID.randomUUID().toString())) {
        if (answer.has("Fault")) {
          throw new IllegalStateException(
              "QuickBooks refused item "
                  + answer.path("bId").asText()
                  + ": "
                  + answer.path("Fault"));
        }
      }
    }
  }

  /** Every item's quantity on hand by name, in one paged query. */
  Map<String, BigDecimal> allOnHand() {
    Map<String, BigDecimal> out = new HashMap<>();
    for (JsonNode item : client.queryAll("select * from Item")) {
      itemIds.put(item.path("Name").asText(), item.path("Id").asText());
      if (item.has("QtyOnHand")) {
        out.put(item.path("Name").asText(), item.path("QtyOnHand").decimalValue());
      }
    }
    return out;
  }

  String itemId(String name) {
    if (!itemIds.containsKey(name)) {
      allOnHand();
    }
    String id = itemIds.get(name);
    if (id == null) {
      throw new IllegalStateException("QuickBooks has no item " + name);
    }
    return id;
  }

  private String id(String entity, String field, String value) {
    List<JsonNode> found =
        new ArrayList<>(
            client.query("select * from " + entity + " where " + field + " = '" + value + "'"));
    if (found.isEmpty()) {
      throw new IllegalStateException("QuickBooks has no " + entity + " " + value);
    }
    return found.get(0).path("Id").asText();
  }
}
