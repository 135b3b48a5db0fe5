package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tax of one transaction by rate, rendered as {@code TxnTaxDetail.TaxLine[]} with {@code
 * TaxLineDetail{TaxRateRef, PercentBased, TaxPercent, NetAmountTaxable}} (SalesReceipt reference).
 * A {@code TotalTax} the client sends is honoured and spread over the rates in proportion (the AST
 * blog: the engine "honors the amount and prorates it across tax rates").
 */
final class TaxLines {
  private final Map<String, TaxCodes.Rate> rates = new LinkedHashMap<>();
  private final Map<String, BigDecimal> taxable = new LinkedHashMap<>();
  private final Map<String, BigDecimal> tax = new LinkedHashMap<>();

  void add(TaxCodes.Rate rate, BigDecimal netAmount, BigDecimal taxAmount) {
    rates.putIfAbsent(rate.id(), rate);
    taxable.merge(rate.id(), netAmount, BigDecimal::add);
    tax.merge(rate.id(), taxAmount, BigDecimal::add);
  }

  /** Tax at each rate on the whole taxable amount of that rate, rounded once per rate. */
  void taxOnTotals() {
    taxable.forEach(
        (id, net) ->
            tax.put(id, Money.cents(net.multiply(rates.get(id).percent()).movePointLeft(2))));
  }

  BigDecimal total() {
    return tax.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  boolean isEmpty() {
    return rates.isEmpty();
  }

  /** Spreads {@code wanted} over the rates like the computed tax (or by percent if that is 0). */
  void override(BigDecimal wanted) {
    if (rates.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>(rates.keySet());
    BigDecimal base = total();
    BigDecimal left = wanted;
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      BigDecimal weight = base.signum() == 0 ? rates.get(id).percent() : tax.get(id);
      BigDecimal of = base.signum() == 0 ? TaxCodes.total(new ArrayList<>(rates.values())) : base;
      BigDecimal share =
          i == ids.size() - 1 || of.signum() == 0
              ? left
              : wanted.multiply(weight).divide(of, 2, RoundingMode.HALF_UP);
      tax.put(id, share);
      left = left.subtract(share);
    }
  }

  ArrayNode render() {
    ArrayNode lines = Json.MAPPER.createArrayNode();
    rates.forEach(
        (id, rate) -> {
          ObjectNode line = lines.addObject();
          line.put("Amount", tax.get(id)).put("DetailType", "TaxLineDetail");
          ObjectNode detail = line.putObject("TaxLineDetail");
          detail.putObject("TaxRateRef").put("value", id).put("name", rate.name());
          detail
              .put("PercentBased", true)
              .put("TaxPercent", rate.percent())
              .put("NetAmountTaxable", taxable.get(id));
        });
    return lines;
  }
}
