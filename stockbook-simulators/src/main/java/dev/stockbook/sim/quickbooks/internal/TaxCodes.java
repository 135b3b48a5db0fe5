package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tax codes and their sales rates (TaxCode reference: {@code SalesTaxRateList.TaxRateDetail[]
 * .TaxRateRef} to TaxRate objects with a {@code RateValue} percent).
 */
final class TaxCodes {
  /** One sales rate of a code. */
  record Rate(String id, String name, BigDecimal percent) {}

  private TaxCodes() {}

  /** An active TaxCode by Id, or by Name as the simulator always accepted. */
  static Optional<ObjectNode> find(Company company, String idOrName) {
    Optional<ObjectNode> byId = company.find(EntityKind.TAX_CODE, idOrName);
    Optional<ObjectNode> code =
        byId.isPresent()
            ? byId
            : company.all(EntityKind.TAX_CODE).stream()
                .filter(t -> idOrName.equalsIgnoreCase(Json.text(t, "Name")))
                .findFirst();
    return code.filter(t -> Json.bool(t, "Active", true));
  }

  static List<Rate> salesRates(Company company, ObjectNode code) {
    List<Rate> rates = new ArrayList<>();
    JsonNode details = Json.path(code, "SalesTaxRateList.TaxRateDetail");
    if (details == null || !details.isArray()) {
      return rates;
    }
    for (JsonNode detail : details) {
      String rateId = Json.ref(detail, "TaxRateRef");
      company
          .find(EntityKind.TAX_RATE, rateId == null ? "" : rateId)
          .ifPresent(
              r -> rates.add(new Rate(rateId, Json.text(r, "Name"), Json.decimal(r, "RateValue"))));
    }
    return rates;
  }

  static BigDecimal total(List<Rate> rates) {
    return rates.stream().map(Rate::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
