package dev.stockbook.woocommerce.internal;

import static dev.stockbook.woocommerce.internal.Json.gmt;
import static dev.stockbook.woocommerce.internal.Json.list;
import static dev.stockbook.woocommerce.internal.Json.money;
import static dev.stockbook.woocommerce.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.StoreRefund;
import dev.stockbook.store.StoreRefund.RefundLine;
import java.util.List;

/**
 * WooCommerce refund JSON (from {@code GET /orders/{id}/refunds}) to {@link StoreRefund}.
 * WooCommerce writes refund quantities and line totals as negative numbers; the contract wants them
 * positive. WooCommerce does not say per refund what it put back into stock (the REST API does not
 * echo {@code api_restock}); it keeps a running count per order line ({@code
 * _restock_refunded_items}, read by {@link OrderMapper}), from which the engine works out each
 * refund's share. So refund lines report {@code restocked = null}.
 */
public final class RefundMapper {
  private RefundMapper() {}

  /**
   * @param order the order the refund belongs to, to resolve refunded line ids and SKUs
   */
  public static StoreRefund map(JsonNode refund, JsonNode order) {
    List<RefundLine> lines = list(refund.path("line_items"), item -> line(item, order));
    return new StoreRefund(
        text(refund, "id"),
        gmt(refund, "date_created_gmt"),
        money(refund, "amount").abs(),
        text(refund, "reason"),
        lines);
  }

  static RefundLine line(JsonNode item, JsonNode order) {
    JsonNode orderLine = RefundedLine.find(item, order);
    String sku = text(item, "sku").isEmpty() ? text(orderLine, "sku") : text(item, "sku");
    return new RefundLine(
        orderLine.isMissingNode() ? text(item, "id") : text(orderLine, "id"),
        sku,
        money(item, "quantity").abs(),
        money(item, "total").abs(),
        money(item, "total_tax").abs(),
        null);
  }
}
