package dev.stockbook.shopify.internal;

import static dev.stockbook.shopify.internal.Json.id;
import static dev.stockbook.shopify.internal.Json.instant;
import static dev.stockbook.shopify.internal.Json.list;
import static dev.stockbook.shopify.internal.Json.money;
import static dev.stockbook.shopify.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.StoreRefund;
import dev.stockbook.store.StoreRefund.RefundLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * An order's refund to {@link StoreRefund}. Shopify says per refund line what went back to stock:
 * {@code restockType} CANCEL (unshipped units) and RETURN (shipped units) put the line's units back
 * once {@code restocked} is true, NO_RESTOCK puts nothing back. So each line reports its own {@code
 * restocked} and the engine never has to work it out.
 */
final class RefundMapper {
  private RefundMapper() {}

  /**
   * @param orderUpdated when the order last changed, for a refund Shopify gives no time for
   */
  static StoreRefund map(JsonNode refund, boolean taxesIncluded, Instant orderUpdated) {
    Instant created = instant(refund, "createdAt");
    return new StoreRefund(
        id(refund, "id"),
        created == null ? orderUpdated : created,
        money(refund, "totalRefundedSet"),
        text(refund, "note"),
        list(refund.path("refundLineItems").path("nodes"), l -> line(l, taxesIncluded)));
  }

  static RefundLine line(JsonNode item, boolean taxesIncluded) {
    JsonNode orderLine = item.path("lineItem");
    BigDecimal quantity = Json.quantity(item, "quantity");
    BigDecimal tax = money(item, "totalTaxSet");
    BigDecimal subtotal = money(item, "subtotalSet");
    return new RefundLine(
        id(orderLine, "id"),
        orderLine.path("sku").isTextual() ? orderLine.path("sku").asText() : null,
        quantity,
        taxesIncluded ? subtotal.subtract(tax) : subtotal,
        tax,
        restocked(item, quantity));
  }

  /** The units this refund line put back: its quantity when restocked, none for NO_RESTOCK. */
  static BigDecimal restocked(JsonNode item, BigDecimal quantity) {
    boolean back =
        !"NO_RESTOCK".equals(text(item, "restockType")) && item.path("restocked").asBoolean(false);
    return back ? quantity : BigDecimal.ZERO;
  }

  /** Units refunded per order line id, over all the order's refunds. */
  static Map<String, BigDecimal> unitsByLine(JsonNode order) {
    Map<String, BigDecimal> units = new HashMap<>();
    for (JsonNode refund : order.path("refunds")) {
      for (JsonNode item : refund.path("refundLineItems").path("nodes")) {
        units.merge(
            id(item.path("lineItem"), "id"), Json.quantity(item, "quantity"), BigDecimal::add);
      }
    }
    return units;
  }
}
