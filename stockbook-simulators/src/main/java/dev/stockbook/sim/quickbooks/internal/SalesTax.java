package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sales tax of one sales document, in the company's tax model: the US one (lines marked {@code
 * TAX}/{@code NON}, one transaction tax code, automated sales tax) in {@link UsSalesTax}, the
 * global one (a tax code on every line, {@code GlobalTaxCalculation}) in {@link GlobalSalesTax}.
 * Each writes {@code TxnTaxDetail} and returns the total tax.
 */
abstract class SalesTax {
  static final int MAX_TAXABLE_LINES = 750;

  /** The word QuickBooks uses in "Make sure all your transactions have a ... rate". */
  private static final Map<String, String> TAX_WORD = Map.of("CA", "GST/HST", "GB", "VAT");

  protected final ObjectNode txn;
  protected final TxnContext ctx;

  SalesTax(ObjectNode txn, TxnContext ctx) {
    this.txn = txn;
    this.ctx = ctx;
  }

  static SalesTax of(ObjectNode txn, TxnContext ctx) {
    return ctx.settings().usTaxModel() ? new UsSalesTax(txn, ctx) : new GlobalSalesTax(txn, ctx);
  }

  /** Called for each item line before its amounts are checked. */
  void prepare(ObjectNode line, ObjectNode detail) {}

  /** Checks an item line's tax code, after its item and amounts. */
  abstract void check(ObjectNode detail);

  /** Whether the document is taxable, for the 750-line limit. */
  abstract boolean taxable(List<ObjectNode> itemLines);

  /**
   * Computes the tax over the item lines, writes {@code TxnTaxDetail} and returns {@code TotalTax}.
   * {@code discountShare} is the part of the subtotal taken off by discount lines.
   */
  abstract BigDecimal apply(List<ObjectNode> itemLines, BigDecimal discountShare);

  /**
   * The SalesReceipt reference: "If the transaction is taxable there is a limit of 750 lines per
   * transaction." The fault code for it is not documented; 6000 is our choice.
   */
  void checkLineCount(List<ObjectNode> itemLines) {
    if (itemLines.size() > MAX_TAXABLE_LINES && taxable(itemLines)) {
      throw QboFault.business(
          "A taxable transaction can have at most "
              + MAX_TAXABLE_LINES
              + " lines; this one has "
              + itemLines.size());
    }
  }

  protected ObjectNode taxDetail() {
    return txn.get("TxnTaxDetail") instanceof ObjectNode detail
        ? detail
        : txn.putObject("TxnTaxDetail");
  }

  protected BigDecimal sentTotalTax() {
    return Json.decimal(txn, "TxnTaxDetail.TotalTax");
  }

  protected static ObjectNode detailOf(ObjectNode line) {
    String type = Json.text(line, "DetailType");
    return (ObjectNode) line.get(type == null ? "SalesItemLineDetail" : type);
  }

  protected QboFault missingRate() {
    String word = TAX_WORD.getOrDefault(ctx.settings().country().toUpperCase(Locale.ROOT), "GST");
    return QboFault.business(
        "Make sure all your transactions have a " + word + " rate before you save.");
  }
}
