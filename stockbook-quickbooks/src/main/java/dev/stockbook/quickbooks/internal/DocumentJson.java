package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;

/**
 * {@link BooksDocument} to SalesReceipt / Invoice / RefundReceipt JSON. Account and payment method
 * names must already be resolved to ids by the caller.
 */
public final class DocumentJson {
  public static final String SHIPPING_ITEM_ID = "SHIPPING_ITEM_ID";

  private final ObjectMapper json;

  public DocumentJson(ObjectMapper json) {
    this.json = json;
  }

  /**
   * @param depositAccountId the resolved deposit account, or null
   * @param paymentMethodId the resolved payment method, or null
   */
  public ObjectNode toJson(BooksDocument doc, String depositAccountId, String paymentMethodId) {
    ObjectNode out = json.createObjectNode();
    out.put("DocNumber", doc.docNumber());
    out.put("TxnDate", doc.txnDate().toString());
    ref(out, "CustomerRef", doc.customerId());
    out.put("PrivateNote", doc.privateNote());
    ArrayNode lines = out.putArray("Line");
    doc.lines().forEach(line -> lines.add(line(line)));
    out.putObject("TxnTaxDetail").put("TotalTax", doc.totalTax());
    if (depositAccountId != null && doc.kind() != DocumentKind.INVOICE) {
      ref(out, "DepositToAccountRef", depositAccountId);
    }
    if (paymentMethodId != null && doc.kind() != DocumentKind.INVOICE) {
      ref(out, "PaymentMethodRef", paymentMethodId);
    }
    return out;
  }

  ObjectNode line(DocumentLine line) {
    ObjectNode out = json.createObjectNode();
    if (line.kind() == DocumentLine.Kind.DISCOUNT) {
      out.put("DetailType", "DiscountLineDetail").put("Amount", line.amount());
      description(out, line);
      out.putObject("DiscountLineDetail").put("PercentBased", false);
      return out;
    }
    out.put("DetailType", "SalesItemLineDetail").put("Amount", line.amount());
    description(out, line);
    ObjectNode detail = out.putObject("SalesItemLineDetail");
    boolean shipping = line.kind() == DocumentLine.Kind.SHIPPING;
    ref(detail, "ItemRef", shipping ? SHIPPING_ITEM_ID : line.itemId());
    if (!shipping) {
      detail.put("Qty", line.quantity()).put("UnitPrice", line.unitPrice());
    }
    ref(detail, "TaxCodeRef", line.taxable() ? "TAX" : "NON");
    return out;
  }

  private static void description(ObjectNode out, DocumentLine line) {
    if (line.description() != null && !line.description().isBlank()) {
      out.put("Description", line.description());
    }
  }

  private static void ref(ObjectNode parent, String field, String id) {
    parent.putObject(field).put("value", id);
  }
}
