package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tax codes and rates as a company of each region has them: Canada (an Ontario company, the codes a
 * CA sandbox shows, plus the two-rate GST/PST BC), the UK (VAT 20% standard, 5% reduced, zero,
 * exempt), Australia (GST 10%, GST free) and, for a US company with automated sales tax, the code
 * the engine assigns (TaxCodeConfigType SYSTEM_GENERATED). Made the way TaxService makes them:
 * TaxRates first, then a TaxCode listing them in {@code SalesTaxRateList}.
 */
public final class DemoTaxes {
  private final EntityStore store;

  public DemoTaxes(EntityStore store) {
    this.store = store;
  }

  void seed() {
    switch (store.settings().country()) {
      case "CA" -> canada();
      case "GB" -> britain();
      case "AU" -> australia();
      default -> unitedStates();
    }
  }

  private void canada() {
    code("Exempt", rates("GST ES", "0"), false);
    code("Zero-rated", rates("GST/HST ZR", "0"), false);
    code("HST ON", rates("HST ON", "13"), false);
    code("GST/PST BC", rates("GST", "5", "PST BC", "7"), false);
    code("Out of Scope", rates("NOTAXS", "0"), false);
  }

  private void britain() {
    code("20.0% S", rates("20.0% S", "20"), false);
    code("5.0% R", rates("5.0% R", "5"), false);
    code("0.0% Z", rates("0.0% Z", "0"), false);
    code("Exempt", rates("Exempt", "0"), false);
  }

  private void australia() {
    code("GST", rates("GST (sales)", "10"), false);
    code("GST free", rates("GST free (sales)", "0"), false);
  }

  private void unitedStates() {
    if (Boolean.TRUE.equals(store.settings().automatedSalesTax())) {
      code("California", rates("California", "8"), true);
    }
  }

  private static Map<String, BigDecimal> rates(String... nameThenPercent) {
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    for (int i = 0; i < nameThenPercent.length; i += 2) {
      rates.put(nameThenPercent[i], new BigDecimal(nameThenPercent[i + 1]));
    }
    return rates;
  }

  /** A TaxCode with one TaxRate per entry of {@code rates}; returns the code's Id. */
  public String code(String name, Map<String, BigDecimal> rates, boolean systemGenerated) {
    ObjectNode code =
        Json.object().put("Name", name).put("Description", name).put("TaxGroup", true);
    code.put("Taxable", rates.values().stream().anyMatch(r -> r.signum() != 0));
    code.put("TaxCodeConfigType", systemGenerated ? "SYSTEM_GENERATED" : "USER_DEFINED");
    ArrayNode details = code.putObject("SalesTaxRateList").putArray("TaxRateDetail");
    code.putObject("PurchaseTaxRateList").putArray("TaxRateDetail");
    int order = 0;
    for (Map.Entry<String, BigDecimal> rate : rates.entrySet()) {
      String id = rate(rate.getKey(), rate.getValue());
      ObjectNode detail = details.addObject();
      detail.putObject("TaxRateRef").put("value", id).put("name", rate.getKey());
      detail.put("TaxTypeApplicable", "TaxOnAmount").put("TaxOrder", order++);
    }
    return store.create(EntityKind.TAX_CODE, code).get("Id").asText();
  }

  private String rate(String name, BigDecimal percent) {
    ObjectNode body =
        Json.object()
            .put("Name", name)
            .put("Description", "Sales Tax")
            .put("RateValue", percent)
            .put("SpecialTaxType", "NONE")
            .put("DisplayType", "ReadOnly");
    return store.create(EntityKind.TAX_RATE, body).get("Id").asText();
  }
}
