package dev.stockbook.sim.quickbooks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** A small builder for request bodies of sales documents, so tests carry no long inline JSON. */
final class Doc {
  private final ObjectNode body = QboHttp.JSON.createObjectNode();
  private final ArrayNode lines = body.putArray("Line");
  private ObjectNode last;

  static Doc sale() {
    return new Doc();
  }

  Doc customer(String id) {
    return ref(body, "CustomerRef", id);
  }

  /** An item line: Qty x UnitPrice, with an optional tax code. */
  Doc line(String itemId, String qty, String price, String taxCode) {
    last = lines.addObject();
    last.put("DetailType", "SalesItemLineDetail")
        .put("Amount", new BigDecimal(qty).multiply(new BigDecimal(price)));
    ObjectNode detail = last.putObject("SalesItemLineDetail");
    ref(detail, "ItemRef", itemId);
    detail.put("Qty", new BigDecimal(qty)).put("UnitPrice", new BigDecimal(price));
    if (taxCode != null) {
      ref(detail, "TaxCodeRef", taxCode);
    }
    return this;
  }

  /** The last item line's class. */
  Doc lineClass(String classId) {
    ref((ObjectNode) last.get("SalesItemLineDetail"), "ClassRef", classId);
    return this;
  }

  Doc group(String groupItemId, String quantity) {
    last = lines.addObject().put("DetailType", "GroupLineDetail");
    ObjectNode detail = last.putObject("GroupLineDetail");
    ref(detail, "GroupItemRef", groupItemId);
    detail.put("Quantity", new BigDecimal(quantity));
    return this;
  }

  Doc discount(String amount) {
    lines
        .addObject()
        .put("DetailType", "DiscountLineDetail")
        .put("Amount", new BigDecimal(amount))
        .putObject("DiscountLineDetail")
        .put("PercentBased", false);
    return this;
  }

  Doc with(String field, String value) {
    body.put(field, value);
    return this;
  }

  Doc ref(String field, String value) {
    return ref(body, field, value);
  }

  Doc totalTax(String amount) {
    taxDetail().put("TotalTax", new BigDecimal(amount));
    return this;
  }

  Doc txnTaxCode(String id) {
    ref(taxDetail(), "TxnTaxCodeRef", id);
    return this;
  }

  String json() {
    return body.toString();
  }

  private ObjectNode taxDetail() {
    return body.has("TxnTaxDetail")
        ? (ObjectNode) body.get("TxnTaxDetail")
        : body.putObject("TxnTaxDetail");
  }

  private Doc ref(ObjectNode node, String field, String value) {
    node.putObject(field).put("value", value);
    return this;
  }
}
