package dev.stockbook.shopify.internal;

import static dev.stockbook.shopify.internal.Json.id;
import static dev.stockbook.shopify.internal.Json.money;
import static dev.stockbook.shopify.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.StoreOrder.OrderLine;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A {@code LineFields} node to {@link OrderLine}. Shopify's {@code quantity} counts every unit ever
 * ordered, also those an order edit removed; {@code currentQuantity} leaves out removed and
 * refunded units. The sale is what was not removed: current units plus refunded units (refunds are
 * posted on their own). A product with only its default variant reports no variation, as a simple
 * product does elsewhere; a line whose variant was deleted keeps its SKU.
 */
final class LineMapper {
  private LineMapper() {}

  static OrderLine map(JsonNode item, Map<String, BigDecimal> refundedByLine, boolean taxIncluded) {
    String lineId = id(item, "id");
    BigDecimal quantity =
        Json.quantity(item, "currentQuantity")
            .add(refundedByLine.getOrDefault(lineId, BigDecimal.ZERO));
    BigDecimal gross = money(item, "originalUnitPriceSet").multiply(quantity);
    BigDecimal tax = Json.sum(item.path("taxLines"), "priceSet");
    BigDecimal discount = Json.sum(item.path("discountAllocations"), "allocatedAmountSet");
    BigDecimal taxInside = taxIncluded ? tax : BigDecimal.ZERO;
    JsonNode product = item.path("product");
    String productId = id(product, "id");
    boolean single = product.path("hasOnlyDefaultVariant").asBoolean(false);
    return new OrderLine(
            lineId,
            productId == null ? "" : productId,
            single ? null : id(item.path("variant"), "id"),
            item.path("sku").isTextual() ? item.path("sku").asText() : null,
            text(item, "name"),
            quantity,
            gross.subtract(taxInside),
            gross.subtract(discount).subtract(taxInside),
            tax)
        .withTaxRates(taxRates(item));
  }

  /** The titles of the tax lines that charged something ({@code GST}, {@code PST BC}...). */
  static java.util.List<String> taxRates(JsonNode line) {
    java.util.List<String> rates = new java.util.ArrayList<>();
    for (JsonNode tax : line.path("taxLines")) {
      if (Json.money(tax, "priceSet").signum() != 0) {
        rates.add(tax.path("title").asText());
      }
    }
    return rates;
  }
}
