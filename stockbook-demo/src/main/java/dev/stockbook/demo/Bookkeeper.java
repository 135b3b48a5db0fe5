package dev.stockbook.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.core.engine.RetryPolicy;
import dev.stockbook.core.engine.Sleeper;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A bookkeeper working in QuickBooks over its HTTP API, independent of the engine: records refund
 * receipts, credit memos and inventory adjustments, and reads quantities and documents back.
 */
public final class Bookkeeper {
  private final QuickBooksClient client;
  private final RetryPolicy retry = RetryPolicy.standard(Sleeper.REAL, new java.util.Random());

  public Bookkeeper(QuickBooksClient client) {
    this.client = client;
  }

  /** A query, retried like the engine retries reads when QuickBooks is busy. */
  private List<JsonNode> query(String statement) {
    return retry.run(() -> client.query(statement), e -> e instanceof RetriableBooksException);
  }

  /** QuickBooks' quantity on hand of the item named {@code name}, read over HTTP. */
  public BigDecimal onHand(String name) {
    return item(name)
        .map(i -> i.path("QtyOnHand").decimalValue())
        .orElseThrow(() -> new IllegalStateException("QuickBooks has no item " + name));
  }

  public boolean hasItem(String name) {
    return item(name).isPresent();
  }

  /** How many documents of {@code entity} carry {@code docNumber}. */
  public int countDocuments(String entity, String docNumber) {
    return query("select * from " + entity + " where DocNumber = '" + docNumber + "'").size();
  }

  /** A refund receipt giving {@code qty} of {@code item} back (raises QuickBooks' quantity). */
  public JsonNode refundReceipt(String item, int qty, String unitPrice) {
    ObjectNode body = sale(item, qty, unitPrice);
    body.putObject("DepositToAccountRef").put("value", accountId("Checking"));
    return client.create("RefundReceipt", body, UUID.randomUUID().toString());
  }

  /** A credit memo for {@code qty} of {@code item} (raises QuickBooks' quantity). */
  public JsonNode creditMemo(String item, int qty, String unitPrice) {
    return client.create("CreditMemo", sale(item, qty, unitPrice), UUID.randomUUID().toString());
  }

  /** An inventory adjustment by {@code qtyDiff} (a stock count, a damaged case...). */
  public JsonNode adjust(String item, int qtyDiff) {
    ObjectNode body = client.json().createObjectNode();
    body.putObject("AdjustAccountRef").put("value", accountId("Cost of Goods Sold"));
    ArrayNode lines = body.putArray("Line");
    ObjectNode detail =
        lines
            .addObject()
            .put("DetailType", "ItemAdjustmentLineDetail")
            .putObject("ItemAdjustmentLineDetail");
    detail.putObject("ItemRef").put("value", itemId(item));
    detail.put("QtyDiff", qtyDiff);
    return client.create("InventoryAdjustment", body, UUID.randomUUID().toString());
  }

  private ObjectNode sale(String item, int qty, String unitPrice) {
    ObjectNode body = client.json().createObjectNode();
    body.putObject("CustomerRef").put("value", customerId("Web Store"));
    BigDecimal price = new BigDecimal(unitPrice);
    ObjectNode line =
        body.putArray("Line")
            .addObject()
            .put("DetailType", "SalesItemLineDetail")
            .put("Amount", price.multiply(BigDecimal.valueOf(qty)));
    ObjectNode detail = line.putObject("SalesItemLineDetail");
    detail.putObject("ItemRef").put("value", itemId(item));
    detail.put("Qty", qty).put("UnitPrice", price);
    return body;
  }

  private java.util.Optional<JsonNode> item(String name) {
    List<JsonNode> found = query("select * from Item where Name = '" + name + "'");
    return found.stream().findFirst();
  }

  private String itemId(String name) {
    return item(name)
        .orElseThrow(() -> new IllegalStateException("QuickBooks has no item " + name))
        .path("Id")
        .asText();
  }

  private String accountId(String name) {
    return query("select * from Account where Name = '" + name + "'").get(0).path("Id").asText();
  }

  private String customerId(String name) {
    return query("select * from Customer where DisplayName = '" + name + "'")
        .get(0)
        .path("Id")
        .asText();
  }

  /** Creates an account ({@code Other Current Liability}, {@code Expense}...); returns its id. */
  public String createAccount(String name, String type) {
    ObjectNode body = client.json().createObjectNode().put("Name", name).put("AccountType", type);
    return client.create("Account", body, UUID.randomUUID().toString()).path("Id").asText();
  }

  /** Creates a bundle (Group item) of {@code qty} of each component name, alternating. */
  public void createBundle(String name, Object... itemThenQty) {
    ObjectNode body = client.json().createObjectNode().put("Name", name).put("Type", "Group");
    ArrayNode lines = body.putObject("ItemGroupDetail").putArray("ItemGroupLine");
    for (int i = 0; i < itemThenQty.length; i += 2) {
      ObjectNode line = lines.addObject();
      line.putObject("ItemRef").put("value", itemId((String) itemThenQty[i]));
      line.put("Qty", (Integer) itemThenQty[i + 1]);
    }
    client.create("Item", body, UUID.randomUUID().toString());
  }

  /** The one sales receipt numbered {@code docNumber}, read over HTTP. */
  public JsonNode salesReceipt(String docNumber) {
    List<JsonNode> found =
        query("select * from SalesReceipt where DocNumber = '" + docNumber + "'");
    if (found.size() != 1) {
      throw new IllegalStateException(found.size() + " sales receipts numbered " + docNumber);
    }
    return found.get(0);
  }

  /** The item named {@code name}, read over HTTP. */
  public JsonNode itemNamed(String name) {
    return item(name)
        .orElseThrow(() -> new IllegalStateException("QuickBooks has no item " + name));
  }

  /** The name of the tax code with id {@code id}. */
  public String taxCodeName(String id) {
    return query("select * from TaxCode where Id = '" + id + "'").get(0).path("Name").asText();
  }

  /** The display name of the customer with id {@code id}. */
  public String customerName(String id) {
    return query("select * from Customer where Id = '" + id + "'")
        .get(0)
        .path("DisplayName")
        .asText();
  }
}
