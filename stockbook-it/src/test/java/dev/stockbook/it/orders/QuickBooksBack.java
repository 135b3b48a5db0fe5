package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** QuickBooks read back over HTTP with the production client, independent of the engine. */
final class QuickBooksBack {
  private final QuickBooksClient client;
  private final Map<String, String> itemNames = new HashMap<>();

  QuickBooksBack(QuickBooksClient client) {
    this.client = client;
  }

  QuickBooksClient client() {
    return client;
  }

  /** Every document of {@code entity} numbered {@code docNumber} (voided ones too). */
  List<JsonNode> documents(String entity, String docNumber) {
    return client.query("select * from " + entity + " where DocNumber = '" + docNumber + "'");
  }

  int count(String entity, String docNumber) {
    return documents(entity, docNumber).size();
  }

  /** The one sales receipt of the store order; fails unless there is exactly one. */
  JsonNode salesReceipt(long orderId) {
    List<JsonNode> found = documents("SalesReceipt", OrdersWorld.docNumber(orderId));
    assertThat(found).as("sales receipts numbered %s", OrdersWorld.docNumber(orderId)).hasSize(1);
    return found.get(0);
  }

  /** QuickBooks' quantity on hand of the item named {@code name}. */
  BigDecimal onHand(String name) {
    List<JsonNode> items = client.query("select * from Item where Name = '" + name + "'");
    assertThat(items).as("QuickBooks item %s", name).hasSize(1);
    return items.get(0).path("QtyOnHand").decimalValue();
  }

  /**
   * A bookkeeper adds a non-inventory item (how an operator fixes "SKU ... has no QuickBooks
   * item").
   */
  void createNonInventoryItem(String name) {
    String income =
        client
            .query("select * from Account where Name = 'Sales of Product Income'")
            .get(0)
            .path("Id")
            .asText();
    var body = client.json().createObjectNode().put("Name", name).put("Type", "NonInventory");
    body.putObject("IncomeAccountRef").put("value", income);
    client.create("Item", body, java.util.UUID.randomUUID().toString());
  }

  /** The Name of the item an ItemRef points at ({@code SHIPPING_ITEM_ID} stays as it is). */
  String itemName(JsonNode itemRef) {
    String id = itemRef.path("value").asText();
    if ("SHIPPING_ITEM_ID".equals(id)) {
      return id;
    }
    return itemNames.computeIfAbsent(id, i -> client.read("Item", i).path("Name").asText());
  }
}
