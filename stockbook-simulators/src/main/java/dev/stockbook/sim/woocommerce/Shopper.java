package dev.stockbook.sim.woocommerce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.woocommerce.internal.Money;
import dev.stockbook.sim.woocommerce.internal.Order;
import dev.stockbook.sim.woocommerce.internal.OrderWriter;
import dev.stockbook.sim.woocommerce.internal.Orders;
import dev.stockbook.sim.woocommerce.internal.RefundWriter;
import dev.stockbook.sim.woocommerce.internal.Store;
import dev.stockbook.sim.woocommerce.internal.Webhooks;
import dev.stockbook.sim.woocommerce.internal.WpError;
import dev.stockbook.sim.woocommerce.internal.WpJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A customer at the storefront: places orders the way checkout does, cancels, gets refunds. */
public final class Shopper {
  /** A cart line: product or variation SKU and quantity. */
  public record Line(String sku, int quantity) {}

  private final Store store;
  private final Orders orders;
  private final OrderWriter writer;
  private final Webhooks webhooks;

  Shopper(Store store, Orders orders, OrderWriter writer, Webhooks webhooks) {
    this.store = store;
    this.orders = orders;
    this.writer = writer;
    this.webhooks = webhooks;
  }

  /** A paid card order: processing, date_paid set, "stripe"/"Credit Card", stock reduced. */
  public long placeOrder(List<Line> lines) {
    return placeOrder(lines, OrderOptions.defaults());
  }

  public long placeOrder(List<Line> lines, OrderOptions options) {
    synchronized (store.lock) {
      webhooks.beginRequest();
      Order o = orders.newOrder();
      o.createdVia = "checkout";
      o.billing = billing(options.email());
      o.shipping = shippingAddress();
      o.paymentMethod = "stripe";
      o.paymentMethodTitle = "Credit Card";
      o.transactionId = "ch_" + store.randomToken(24);
      for (Line line : lines) {
        o.lines.add(
            writer.newLine(
                WpJson.object().put("sku", line.sku()).put("quantity", line.quantity())));
      }
      applyCoupon(o, options);
      if (options.shipping().signum() > 0) {
        o.shippingLines.add(
            new Order.Extra(
                store.nextItemId(),
                WpJson.object()
                    .put("method_title", "Flat rate")
                    .put("method_id", "flat_rate")
                    .put("instance_id", "1")
                    .put("total", Money.format(options.shipping()))));
      }
      for (OrderOptions.Fee fee : options.fees()) {
        o.feeLines.add(
            new Order.Extra(
                store.nextItemId(),
                WpJson.object().put("name", fee.name()).put("total", Money.format(fee.amount()))));
      }
      orders.insert(o);
      if (!"pending".equals(options.status())) {
        orders.paymentComplete(o);
        if (!"processing".equals(options.status())) {
          orders.setStatus(o, options.status());
        }
      }
      orders.touch(o);
      return o.id;
    }
  }

  /** A fixed-cart coupon spread over the lines in proportion, the last line taking the rounding. */
  private void applyCoupon(Order o, OrderOptions options) {
    if (options.couponCode() == null || o.lines.isEmpty()) {
      return;
    }
    BigDecimal subtotal =
        o.lines.stream().map(l -> l.subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal discount = options.couponAmount().min(subtotal);
    BigDecimal left = discount;
    for (int i = 0; i < o.lines.size(); i++) {
      Order.Line l = o.lines.get(i);
      BigDecimal share =
          i == o.lines.size() - 1
              ? left
              : discount.multiply(l.subtotal).divide(subtotal, 2, RoundingMode.HALF_UP);
      l.total = l.subtotal.subtract(share);
      left = left.subtract(share);
    }
    o.discountTotal = discount;
    o.couponLines.add(
        new Order.Extra(
            store.nextItemId(),
            WpJson.object()
                .put("code", options.couponCode())
                .put("discount", Money.format(discount))));
  }

  private static ObjectNode billing(String email) {
    return WpJson.object()
        .put("first_name", "Sam")
        .put("last_name", "Shopper")
        .put("company", "")
        .put("address_1", "1 Main St")
        .put("address_2", "")
        .put("city", "Springfield")
        .put("state", "NY")
        .put("postcode", "10001")
        .put("country", "US")
        .put("email", email)
        .put("phone", "");
  }

  private static ObjectNode shippingAddress() {
    return WpJson.object()
        .put("first_name", "Sam")
        .put("last_name", "Shopper")
        .put("company", "")
        .put("address_1", "1 Main St")
        .put("address_2", "")
        .put("city", "Springfield")
        .put("state", "NY")
        .put("postcode", "10001")
        .put("country", "US")
        .put("phone", "");
  }

  /** The shopper cancels (or the merchant does): status cancelled, reduced stock comes back. */
  public void cancel(long orderId) {
    synchronized (store.lock) {
      webhooks.beginRequest();
      Order o = orders.get(orderId);
      orders.setStatus(o, "cancelled");
      orders.touch(o);
    }
  }

  /** Refunds {@code quantity} of the line with {@code sku}, restocked; returns the refund id. */
  public long refund(long orderId, String sku, int quantity) {
    synchronized (store.lock) {
      webhooks.beginRequest();
      Order o = orders.get(orderId);
      Order.Line line =
          o.lines.stream()
              .filter(
                  l ->
                      store.products.containsKey(l.variationId != 0 ? l.variationId : l.productId)
                          && sku.equals(
                              store.products.get(l.variationId != 0 ? l.variationId : l.productId)
                                  .sku))
              .findFirst()
              .orElseThrow(() -> new WpError(400, "sim_no_such_line", "No line with SKU " + sku));
      BigDecimal unit = line.total.divide(line.quantity, 10, RoundingMode.HALF_UP);
      BigDecimal amount =
          unit.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
      ObjectNode body =
          WpJson.object()
              .put("amount", Money.format(amount))
              .put("reason", "Customer return")
              .put("api_refund", false);
      body.putArray("line_items")
          .addObject()
          .put("id", line.id)
          .put("quantity", quantity)
          .put("refund_total", Money.format(amount));
      return new RefundWriter(store, orders).create(o, body).id;
    }
  }
}
