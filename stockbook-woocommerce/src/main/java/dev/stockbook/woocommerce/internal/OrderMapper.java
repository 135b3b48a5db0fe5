package dev.stockbook.woocommerce.internal;

import static dev.stockbook.woocommerce.internal.Json.gmt;
import static dev.stockbook.woocommerce.internal.Json.id;
import static dev.stockbook.woocommerce.internal.Json.list;
import static dev.stockbook.woocommerce.internal.Json.money;
import static dev.stockbook.woocommerce.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreOrder.Charge;
import dev.stockbook.store.StoreOrder.Coupon;
import dev.stockbook.store.StoreOrder.Customer;
import dev.stockbook.store.StoreOrder.OrderLine;
import dev.stockbook.store.StoreRefund;
import java.util.List;

/** WooCommerce order JSON to {@link StoreOrder}. Dates come from the {@code *_gmt} twins. */
public final class OrderMapper {
  private OrderMapper() {}

  /**
   * @param refunds the order's refunds, read from {@code /orders/{id}/refunds}
   */
  public static StoreOrder map(JsonNode order, List<StoreRefund> refunds) {
    return new StoreOrder(
        text(order, "id"),
        text(order, "number"),
        text(order, "status"),
        WooStatuses.lifecycle(text(order, "status")),
        text(order, "currency"),
        gmt(order, "date_created_gmt"),
        gmt(
            order,
            order.path("date_modified_gmt").isNull() ? "date_created_gmt" : "date_modified_gmt"),
        paid(order),
        text(order, "payment_method"),
        customer(order),
        list(order.path("line_items"), item -> line(item).withTaxRates(rates(order, item))),
        list(order.path("shipping_lines"), l -> shipping(l, rates(order, l))),
        list(order.path("fee_lines"), l -> fee(l, rates(order, l))),
        list(order.path("coupon_lines"), OrderMapper::coupon),
        money(order, "total_tax"),
        money(order, "total"),
        order.path("prices_include_tax").asBoolean(false),
        refunds);
  }

  /**
   * Whether the buyer has paid: a paid status (WooCommerce's own {@code is_paid}: processing or
   * completed, read through {@link WooStatuses}) or a paid date (a refunded order was paid too).
   * The paid date alone is not enough: WooCommerce saves an order's status before its meta, so a
   * read in between shows "processing" with no {@code date_paid} yet, and such a sale must not
   * become an invoice.
   */
  static boolean paid(JsonNode order) {
    OrderLifecycle lifecycle = WooStatuses.lifecycle(text(order, "status"));
    return lifecycle == OrderLifecycle.PAID
        || lifecycle == OrderLifecycle.FULFILLED
        || gmt(order, "date_paid_gmt") != null;
  }

  static Customer customer(JsonNode order) {
    JsonNode billing = order.path("billing");
    return new Customer(
        id(order, "customer_id") == null ? "" : text(order, "customer_id"),
        text(billing, "email"),
        text(billing, "first_name"),
        text(billing, "last_name"),
        text(billing, "company"));
  }

  static OrderLine line(JsonNode item) {
    return new OrderLine(
        text(item, "id"),
        text(item, "product_id"),
        id(item, "variation_id"),
        item.path("sku").isNull() ? null : text(item, "sku"),
        text(item, "name"),
        money(item, "quantity"),
        money(item, "subtotal"),
        money(item, "total"),
        money(item, "total_tax"),
        restocked(item));
  }

  /**
   * How many units of the line WooCommerce has put back into stock after refunds: the line meta
   * {@code _restock_refunded_items}, which {@code wc_restock_refunded_items} raises by each
   * refund's restocked quantity (absent until the first restock).
   */
  static java.math.BigDecimal restocked(JsonNode item) {
    for (JsonNode meta : item.path("meta_data")) {
      if ("_restock_refunded_items".equals(text(meta, "key"))) {
        return new java.math.BigDecimal(meta.path("value").asText("0").trim());
      }
    }
    return java.math.BigDecimal.ZERO;
  }

  /**
   * The {@code rate_code} of each rate that taxed the line: its {@code taxes[]} entries with a
   * non-zero total, by {@code id}, looked up in the order's {@code tax_lines[].rate_id}.
   */
  static List<String> rates(JsonNode order, JsonNode line) {
    java.util.Map<String, String> codes = new java.util.HashMap<>();
    order.path("tax_lines").forEach(t -> codes.put(text(t, "rate_id"), text(t, "rate_code")));
    List<String> rates = new java.util.ArrayList<>();
    for (JsonNode tax : line.path("taxes")) {
      String total = tax.path("total").asText("");
      if (!total.isBlank() && new java.math.BigDecimal(total).signum() != 0) {
        rates.add(codes.getOrDefault(text(tax, "id"), text(tax, "id")));
      }
    }
    return rates;
  }

  private static Charge shipping(JsonNode line, List<String> rates) {
    String name = text(line, "method_title");
    return new Charge(
        text(line, "id"), name, money(line, "total"), money(line, "total_tax"), rates);
  }

  private static Charge fee(JsonNode line, List<String> rates) {
    return new Charge(
        text(line, "id"),
        text(line, "name"),
        money(line, "total"),
        money(line, "total_tax"),
        rates);
  }

  private static Coupon coupon(JsonNode line) {
    return new Coupon(text(line, "id"), text(line, "code"), money(line, "discount"));
  }
}
