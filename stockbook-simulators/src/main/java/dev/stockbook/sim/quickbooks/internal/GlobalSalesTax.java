package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * The global model ("Manage sales tax for non-US locales", SalesReceipt reference): every line
 * carries a {@code TaxCodeRef} whose sales rates QuickBooks applies, as {@code
 * GlobalTaxCalculation} says: {@code TaxExcluded} (the default) adds tax to the line amounts,
 * {@code TaxInclusive} takes it out of them, {@code NotApplicable} charges none. A line without a
 * code is refused with 6000 "Make sure all your transactions have a GST/HST rate before you save."
 * (CA, observed on a sandbox; "VAT" for GB, activepieces#8539,
 * intuit/quickbooks-online-mcp-server#94).
 */
final class GlobalSalesTax extends SalesTax {
  private static final Set<String> MODES = Set.of("TaxExcluded", "TaxInclusive", "NotApplicable");

  private final String mode;

  GlobalSalesTax(ObjectNode txn, TxnContext ctx) {
    super(txn, ctx);
    String sent = Json.text(txn, "GlobalTaxCalculation");
    mode = sent == null ? "TaxExcluded" : sent;
    if (!MODES.contains(mode)) {
      throw QboFault.validation(
          "2170",
          "Invalid Enumeration",
          "GlobalTaxCalculation must be one of " + MODES + ": " + sent);
    }
    txn.put("GlobalTaxCalculation", mode);
  }

  /**
   * In {@code TaxInclusive} the gross of a line is its {@code TaxInclusiveAmt} when sent (what
   * QuickBooks returns), else its {@code Amount}; the amount checks then run on the gross.
   */
  @Override
  void prepare(ObjectNode line, ObjectNode detail) {
    BigDecimal gross = Json.decimal(detail, "TaxInclusiveAmt");
    if (inclusive() && gross != null) {
      line.put("Amount", gross);
    }
  }

  @Override
  void check(ObjectNode detail) {
    String code = Json.ref(detail, "TaxCodeRef");
    if (code == null && !notApplicable()) {
      throw missingRate();
    }
    if (code != null) {
      ObjectNode found =
          TaxCodes.find(ctx.company(), code)
              .orElseThrow(
                  () ->
                      QboFault.validation(
                          "6100", "Invalid line TaxCode", "Invalid TaxCode " + code));
      ((ObjectNode) detail.get("TaxCodeRef")).put("value", Json.text(found, "Id"));
    }
  }

  @Override
  boolean taxable(List<ObjectNode> itemLines) {
    return !notApplicable();
  }

  @Override
  BigDecimal apply(List<ObjectNode> itemLines, BigDecimal discountShare) {
    TaxLines lines = new TaxLines();
    if (!notApplicable()) {
      itemLines.forEach(line -> addLine(lines, line));
      if (!inclusive()) {
        lines.taxOnTotals();
      }
    }
    BigDecimal sent = sentTotalTax();
    if (sent != null && !notApplicable()) {
      lines.override(sent);
    }
    ObjectNode detail = taxDetail();
    detail.remove("TxnTaxCodeRef");
    detail.put("TotalTax", lines.total());
    detail.set("TaxLine", lines.render());
    return lines.total();
  }

  private void addLine(TaxLines lines, ObjectNode line) {
    ObjectNode detail = detailOf(line);
    String code = Json.ref(detail, "TaxCodeRef");
    List<TaxCodes.Rate> rates =
        TaxCodes.salesRates(ctx.company(), TaxCodes.find(ctx.company(), code).orElseThrow());
    BigDecimal amount = Json.decimal(line, "Amount");
    if (!inclusive()) {
      rates.forEach(r -> lines.add(r, amount, BigDecimal.ZERO));
      return;
    }
    BigDecimal percent = TaxCodes.total(rates);
    BigDecimal net =
        amount
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(100).add(percent), 2, RoundingMode.HALF_UP);
    splitInclusive(lines, rates, net, amount.subtract(net));
    line.put("Amount", net);
    detail.put("TaxInclusiveAmt", amount);
  }

  /** A line's tax split over its code's rates by percent, the remainder on the last. */
  private static void splitInclusive(
      TaxLines lines, List<TaxCodes.Rate> rates, BigDecimal net, BigDecimal tax) {
    BigDecimal percent = TaxCodes.total(rates);
    BigDecimal left = tax;
    for (int i = 0; i < rates.size(); i++) {
      TaxCodes.Rate rate = rates.get(i);
      BigDecimal share =
          i == rates.size() - 1 || percent.signum() == 0
              ? left
              : tax.multiply(rate.percent()).divide(percent, 2, RoundingMode.HALF_UP);
      lines.add(rate, net, share);
      left = left.subtract(share);
    }
  }

  private boolean inclusive() {
    return "TaxInclusive".equals(mode);
  }

  private boolean notApplicable() {
    return "NotApplicable".equals(mode);
  }
}
