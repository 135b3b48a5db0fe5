package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * {@code POST /orders/{id}/refunds} (class-wc-rest-order-refunds-controller.php, wc_create_refund).
 */
public final class RefundWriter {
  private final Store store;
  private final Orders orders;

  public RefundWriter(Store store, Orders orders) {
    this.store = store;
    this.orders = orders;
  }

  public Refund create(Order o, JsonNode body) {
    JsonNode in = body == null ? WpJson.object() : body;
    BigDecimal fromLines = BigDecimal.ZERO;
    for (JsonNode item : in.path("line_items")) {
      fromLines = fromLines.add(Money.parse(item.get("refund_total")));
    }
    BigDecimal amount = in.hasNonNull("amount") ? Money.parse(in.get("amount")) : fromLines;
    if (amount.signum() <= 0) {
      throw WpError.badRequest(
          "woocommerce_rest_invalid_order_refund", "Refund amount must be greater than zero.");
    }
    if (amount.compareTo(orders.remainingRefundable(o)) > 0) {
      throw new WpError(
          500, "woocommerce_rest_cannot_create_order_refund", "Invalid refund amount.");
    }
    boolean refundPayment = in.path("api_refund").asBoolean(true) && !o.paymentMethod.isEmpty();
    Refund r = orders.addRefund(o, amount, in.path("reason").asText(""), refundPayment);
    boolean restock = in.path("api_restock").asBoolean(true);
    for (JsonNode item : in.path("line_items")) {
      addLine(o, r, item, restock);
    }
    orders.afterRefund(o);
    return r;
  }

  private void addLine(Order o, Refund r, JsonNode item, boolean restock) {
    long itemId = item.path("id").asLong(0);
    Order.Line line = o.lines.stream().filter(l -> l.id == itemId).findFirst().orElse(null);
    if (line == null) {
      return;
    }
    long quantity = item.path("quantity").asLong(0);
    r.lines.add(
        new Refund.Line(
            store.nextItemId(),
            itemId,
            store.nextMetaId(),
            quantity,
            Money.parse(item.get("refund_total"))));
    if (restock && quantity > 0) {
      orders.restock(line, quantity);
    }
  }
}
