package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Checks and totals transactions: references, DocNumber, lines, TotalAmt and balances. */
final class TxnRules {
  private static final int MAX_DOC_NUMBER = 21;

  private TxnRules() {}

  static void apply(EntityKind kind, ObjectNode txn, TxnContext ctx) {
    Company company = ctx.company();
    if (!txn.has("TxnDate")) {
      txn.put("TxnDate", ctx.time().today());
    }
    String doc = Json.text(txn, "DocNumber");
    if (doc != null && doc.length() > MAX_DOC_NUMBER) {
      throw QboFault.validation(
          "2050",
          "String length is either shorter or longer than supported by specification",
          "DocNumber is longer than " + MAX_DOC_NUMBER + " characters");
    }
    Refs.optional(company, txn, "PaymentMethodRef", EntityKind.PAYMENT_METHOD);
    Refs.optional(company, txn, "DepositToAccountRef", EntityKind.ACCOUNT);
    Tracking.transaction(txn, company, ctx.settings());
    switch (kind.shape()) {
      case SALE -> sale(kind, txn, ctx);
      case PURCHASE -> purchase(kind, txn, ctx);
      case PAYMENT -> payment(txn, ctx);
      default -> adjustment(txn, company);
    }
  }

  private static void sale(EntityKind kind, ObjectNode txn, TxnContext ctx) {
    Company company = ctx.company();
    if (kind == EntityKind.INVOICE || kind == EntityKind.CREDIT_MEMO) {
      Refs.required(company, txn, "CustomerRef", EntityKind.CUSTOMER);
    } else {
      Refs.optional(company, txn, "CustomerRef", EntityKind.CUSTOMER);
    }
    ctx.currencies().transaction(txn, company);
    SalesTax tax = SalesTax.of(txn, ctx);
    SaleLines lines = SaleLines.read(lines(txn), ctx, tax);
    tax.checkLineCount(lines.itemLines());
    BigDecimal before = lines.subtotal();
    BigDecimal share =
        before.signum() == 0
            ? BigDecimal.ZERO
            : lines.discount(before).divide(before, 10, RoundingMode.HALF_UP);
    BigDecimal totalTax = tax.apply(lines.itemLines(), share);
    BigDecimal subtotal = lines.subtotal();
    BigDecimal discount = lines.discount(subtotal);
    txn.set("Line", lines.render(subtotal));
    BigDecimal total = subtotal.subtract(discount).add(totalTax);
    txn.put("TotalAmt", total);
    txn.put("Balance", kind == EntityKind.INVOICE ? total : BigDecimal.ZERO);
    if (kind == EntityKind.CREDIT_MEMO) {
      txn.put("RemainingCredit", total);
    }
    ctx.currencies().homeTotal(txn);
  }

  static BigDecimal discount(ObjectNode line, BigDecimal subtotal) {
    ObjectNode detail = detail(line, "DiscountLineDetail");
    BigDecimal percent = Json.decimal(detail, "DiscountPercent");
    BigDecimal amount = Json.decimal(line, "Amount");
    if (Json.bool(detail, "PercentBased", false) && percent != null) {
      amount = subtotal.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
    if (amount == null) {
      throw QboFault.validation(
          "6090",
          "Discount information missing",
          "Supply either DiscountPercent or Amount on the discount line");
    }
    line.put("Amount", amount);
    return amount;
  }

  private static void purchase(EntityKind kind, ObjectNode txn, TxnContext ctx) {
    Company company = ctx.company();
    if (kind == EntityKind.PURCHASE) {
      Refs.required(company, txn, "AccountRef", EntityKind.ACCOUNT);
      if (!txn.has("PaymentType")) {
        txn.put("PaymentType", "Cash");
      }
      Refs.optional(company, txn, "EntityRef", EntityKind.VENDOR);
    } else {
      Refs.required(company, txn, "VendorRef", EntityKind.VENDOR);
    }
    BigDecimal total = BigDecimal.ZERO;
    ArrayNode lines = lines(txn);
    for (JsonNode in : lines) {
      ObjectNode line = (ObjectNode) in;
      String type = Json.text(line, "DetailType");
      if ("ItemBasedExpenseLineDetail".equals(type)) {
        Refs.taxCode(company, detail(line, type));
        Tracking.line(detail(line, type), company, ctx.settings());
        total = total.add(LineRules.itemLine(company, line, detail(line, type), false));
      } else if ("AccountBasedExpenseLineDetail".equals(type)) {
        Tracking.line(detail(line, type), company, ctx.settings());
        Refs.required(company, detail(line, type), "AccountRef", EntityKind.ACCOUNT);
        total = total.add(LineRules.required(line, "Amount"));
      }
    }
    LineRules.number(lines);
    txn.put("TotalAmt", total);
    if (kind == EntityKind.BILL) {
      txn.put("Balance", total);
    }
  }

  private static void payment(ObjectNode txn, TxnContext ctx) {
    Refs.required(ctx.company(), txn, "CustomerRef", EntityKind.CUSTOMER);
    ctx.currencies().transaction(txn, ctx.company());
    BigDecimal total = LineRules.required(txn, "TotalAmt");
    txn.put("TotalAmt", total);
    if (!txn.has("UnappliedAmt")) {
      txn.put("UnappliedAmt", total);
    }
    ctx.currencies().homeTotal(txn);
  }

  private static void adjustment(ObjectNode txn, Company company) {
    Refs.required(company, txn, "AdjustAccountRef", EntityKind.ACCOUNT);
    ArrayNode lines = lines(txn);
    for (JsonNode in : lines) {
      ObjectNode detail = detail((ObjectNode) in, "ItemAdjustmentLineDetail");
      ObjectNode item = Refs.required(company, detail, "ItemRef", EntityKind.ITEM);
      if (!Refs.isInventory(item)) {
        throw QboFault.business(
            "Item " + item.get("Id").asText() + " does not track quantity on hand");
      }
      BigDecimal newQty = Json.decimal(detail, "NewQty");
      if (Json.decimal(detail, "QtyDiff") == null) {
        if (newQty == null) {
          throw QboFault.required("QtyDiff");
        }
        detail.put("QtyDiff", newQty.subtract(Json.decimal(item, "QtyOnHand")));
      }
      ((ObjectNode) in).put("DetailType", "ItemAdjustmentLineDetail");
    }
    LineRules.number(lines);
  }

  static ArrayNode lines(ObjectNode txn) {
    JsonNode lines = txn.get("Line");
    if (lines == null || !lines.isArray() || lines.isEmpty()) {
      throw QboFault.required("Line");
    }
    for (JsonNode line : lines) {
      if (!line.isObject()) {
        throw QboFault.badRequest(
            "Request has invalid or unsupported property", "Each Line must be an object");
      }
    }
    return (ArrayNode) lines;
  }

  static ObjectNode detail(ObjectNode line, String type) {
    JsonNode detail = line.get(type);
    if (detail == null || !detail.isObject()) {
      throw QboFault.required(type);
    }
    return (ObjectNode) detail;
  }
}
