package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;
import dev.stockbook.core.books.DocumentTags;
import java.util.Map;

/**
 * {@link BooksDocument} to SalesReceipt / Invoice / RefundReceipt JSON. Account, payment method,
 * tax code, class and location names must already be resolved to ids by the caller ({@link Ids}).
 *
 * <p>Lines of the US model carry {@code TAX} or {@code NON}; lines with a tax code of their own (a
 * non-US company) carry that code's id, and the document says {@code GlobalTaxCalculation:
 * TaxExcluded}: the line amounts are net, as the store reports them, and the store's tax is sent as
 * {@code TxnTaxDetail.TotalTax}, which QuickBooks honours, so the total is the store's to the cent.
 */
public final class DocumentJson {
  public static final String SHIPPING_ITEM_ID = "SHIPPING_ITEM_ID";

  private final ObjectMapper json;

  /**
   * The ids of the names a document refers to.
   *
   * @param depositAccount the resolved deposit account, or null
   * @param paymentMethod the resolved payment method, or null
   * @param taxCodes tax code name → id, for the lines' tax codes
   * @param classId the document's Class, or null
   * @param locationId the document's Department (location), or null
   */
  public record Ids(
      String depositAccount,
      String paymentMethod,
      Map<String, String> taxCodes,
      String classId,
      String locationId) {
    public Ids {
      taxCodes = Map.copyOf(taxCodes);
    }
  }

  public DocumentJson(ObjectMapper json) {
    this.json = json;
  }

  /**
   * @param depositAccountId the resolved deposit account, or null
   * @param paymentMethodId the resolved payment method, or null
   */
  public ObjectNode toJson(BooksDocument doc, String depositAccountId, String paymentMethodId) {
    return toJson(doc, new Ids(depositAccountId, paymentMethodId, Map.of(), null, null));
  }

  public ObjectNode toJson(BooksDocument doc, Ids ids) {
    ObjectNode out = json.createObjectNode();
    out.put("DocNumber", doc.docNumber());
    out.put("TxnDate", doc.txnDate().toString());
    ref(out, "CustomerRef", doc.customerId());
    out.put("PrivateNote", doc.privateNote());
    ArrayNode lines = out.putArray("Line");
    doc.lines().forEach(line -> lines.add(line(line, ids.taxCodes())));
    out.putObject("TxnTaxDetail").put("TotalTax", doc.totalTax());
    if (doc.linesCarryTaxCodes()) {
      out.put("GlobalTaxCalculation", "TaxExcluded");
    }
    if (ids.depositAccount() != null && doc.kind() != DocumentKind.INVOICE) {
      ref(out, "DepositToAccountRef", ids.depositAccount());
    }
    if (ids.paymentMethod() != null && doc.kind() != DocumentKind.INVOICE) {
      ref(out, "PaymentMethodRef", ids.paymentMethod());
    }
    tags(out, doc.tags(), ids);
    return out;
  }

  private static void tags(ObjectNode out, DocumentTags tags, Ids ids) {
    if (tags.currency() != null) {
      ref(out, "CurrencyRef", tags.currency());
      if (tags.exchangeRate() != null) {
        out.put("ExchangeRate", tags.exchangeRate());
      }
    }
    if (ids.classId() != null) {
      ref(out, "ClassRef", ids.classId());
    }
    if (ids.locationId() != null) {
      ref(out, "DepartmentRef", ids.locationId());
    }
  }

  ObjectNode line(DocumentLine line) {
    return line(line, Map.of());
  }

  private ObjectNode line(DocumentLine line, Map<String, String> taxCodes) {
    ObjectNode out = json.createObjectNode();
    if (line.kind() == DocumentLine.Kind.DISCOUNT) {
      out.put("DetailType", "DiscountLineDetail").put("Amount", line.amount());
      description(out, line);
      out.putObject("DiscountLineDetail").put("PercentBased", false);
      return out;
    }
    if (line.kind() == DocumentLine.Kind.GROUP) {
      return group(line, taxCodes);
    }
    out.put("DetailType", "SalesItemLineDetail").put("Amount", line.amount());
    description(out, line);
    ObjectNode detail = out.putObject("SalesItemLineDetail");
    boolean shipping = line.kind() == DocumentLine.Kind.SHIPPING;
    ref(detail, "ItemRef", shipping ? SHIPPING_ITEM_ID : line.itemId());
    if (!shipping) {
      detail.put("Qty", line.quantity()).put("UnitPrice", line.unitPrice());
    }
    ref(detail, "TaxCodeRef", taxCode(line, taxCodes));
    return out;
  }

  /**
   * A bundle: {@code GroupLineDetail{GroupItemRef, Quantity, Line[]}} with the component lines
   * sent, so QuickBooks keeps the store's amount instead of the components' list prices.
   */
  private ObjectNode group(DocumentLine line, Map<String, String> taxCodes) {
    ObjectNode out = json.createObjectNode();
    out.put("DetailType", "GroupLineDetail").put("Amount", line.amount());
    description(out, line);
    ObjectNode detail = out.putObject("GroupLineDetail");
    ref(detail, "GroupItemRef", line.itemId());
    detail.put("Quantity", line.quantity());
    ArrayNode components = detail.putArray("Line");
    line.components().forEach(c -> components.add(line(c, taxCodes)));
    return out;
  }

  private static String taxCode(DocumentLine line, Map<String, String> taxCodes) {
    if (line.taxCode() == null) {
      return line.taxable() ? "TAX" : "NON";
    }
    String id = taxCodes.get(line.taxCode());
    if (id == null) {
      throw new IllegalStateException("tax code " + line.taxCode() + " was not resolved to an id");
    }
    return id;
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
