package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The US model ("Manage sales tax for US locales"): lines carry {@code TAX} or {@code NON}; the
 * rates come from one transaction tax code, {@code TxnTaxDetail.TxnTaxCodeRef}. With automated
 * sales tax on ({@code PartnerTaxEnabled} true) the engine's code replaces the one sent
 * (SalesReceipt reference) and an explicit {@code TotalTax} is honoured and prorated (AST blog);
 * without it a sent {@code TotalTax} is taken as is, as the simulator always did. {@code
 * GlobalTaxCalculation} is "not applicable to US companies" and is dropped.
 */
final class UsSalesTax extends SalesTax {
  UsSalesTax(ObjectNode txn, TxnContext ctx) {
    super(txn, ctx);
    txn.remove("GlobalTaxCalculation");
  }

  @Override
  void check(ObjectNode detail) {
    Refs.taxCode(ctx.company(), detail);
  }

  @Override
  boolean taxable(List<ObjectNode> itemLines) {
    return itemLines.stream().anyMatch(this::taxableLine)
        || Optional.ofNullable(sentTotalTax()).map(t -> t.signum() != 0).orElse(false);
  }

  @Override
  BigDecimal apply(List<ObjectNode> itemLines, BigDecimal discountShare) {
    ObjectNode detail = taxDetail();
    Optional<ObjectNode> code = transactionCode(detail);
    BigDecimal sent = sentTotalTax();
    TaxLines lines = new TaxLines();
    code.ifPresent(c -> rate(lines, c, taxableBase(itemLines, discountShare)));
    BigDecimal total = sent != null ? sent : code.isPresent() ? lines.total() : BigDecimal.ZERO;
    if (sent != null) {
      lines.override(sent);
    }
    detail.put("TotalTax", total);
    code.ifPresent(
        c ->
            detail
                .putObject("TxnTaxCodeRef")
                .put("value", Json.text(c, "Id"))
                .put("name", Json.text(c, "Name")));
    if (!lines.isEmpty()) {
      detail.set("TaxLine", lines.render());
    }
    return total;
  }

  private Optional<ObjectNode> transactionCode(ObjectNode detail) {
    if (Boolean.TRUE.equals(ctx.settings().automatedSalesTax())) {
      return ctx.company().all(EntityKind.TAX_CODE).stream()
          .filter(c -> "SYSTEM_GENERATED".equals(Json.text(c, "TaxCodeConfigType")))
          .findFirst();
    }
    String sent = Json.ref(detail, "TxnTaxCodeRef");
    if (sent == null) {
      return Optional.empty();
    }
    return Optional.of(
        TaxCodes.find(ctx.company(), sent)
            .orElseThrow(
                () ->
                    QboFault.validation(
                        "6100", "Invalid TaxCode", "Invalid TxnTaxCodeRef " + sent)));
  }

  private void rate(TaxLines lines, ObjectNode code, BigDecimal base) {
    for (TaxCodes.Rate rate : TaxCodes.salesRates(ctx.company(), code)) {
      lines.add(rate, base, BigDecimal.ZERO);
    }
    lines.taxOnTotals();
  }

  /** Taxable lines, less their share of the discount when {@code ApplyTaxAfterDiscount}. */
  private BigDecimal taxableBase(List<ObjectNode> itemLines, BigDecimal discountShare) {
    BigDecimal base =
        itemLines.stream()
            .filter(this::taxableLine)
            .map(l -> Json.decimal(l, "Amount"))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean afterDiscount = Json.bool(txn, "ApplyTaxAfterDiscount", false);
    return afterDiscount
        ? Money.cents(base.multiply(BigDecimal.ONE.subtract(discountShare)))
        : base;
  }

  private boolean taxableLine(ObjectNode line) {
    String code = Json.ref(detailOf(line), "TaxCodeRef");
    if (code == null) {
      return false;
    }
    return "TAX".equalsIgnoreCase(code)
        || TaxCodes.find(ctx.company(), code)
            .map(c -> Json.bool(c, "Taxable", false))
            .orElse(false);
  }
}
