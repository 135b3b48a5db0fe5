package dev.stockbook.shopify.internal;

import static dev.stockbook.shopify.internal.Json.id;
import static dev.stockbook.shopify.internal.Json.instant;
import static dev.stockbook.shopify.internal.Json.list;
import static dev.stockbook.shopify.internal.Json.money;
import static dev.stockbook.shopify.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreOrder.Charge;
import dev.stockbook.store.StoreOrder.Coupon;
import dev.stockbook.store.StoreOrder.Customer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An {@code OrderFields} node (with all its lines read) to {@link StoreOrder}: the sale as it
 * stands after order edits, before returns; refunds come separately. Amounts are the shop
 * currency's; when the shop's prices include tax ({@code taxesIncluded}) the tax is taken out of
 * lines and shipping, so that lines + shipping + tax = {@code totalPriceSet} either way.
 */
public final class OrderMapper {
  private OrderMapper() {}

  public static StoreOrder map(JsonNode order) {
    boolean taxesIncluded = order.path("taxesIncluded").asBoolean(false);
    String financial = text(order, "displayFinancialStatus");
    String fulfillment = text(order, "displayFulfillmentStatus");
    boolean cancelled = !text(order, "cancelledAt").isEmpty();
    Instant updated = instant(order, "updatedAt");
    Map<String, BigDecimal> refunded = RefundMapper.unitsByLine(order);
    return new StoreOrder(
        id(order, "id"),
        number(order),
        ShopifyStatuses.status(financial, fulfillment, cancelled),
        ShopifyStatuses.lifecycle(financial, fulfillment, cancelled),
        text(order, "currencyCode"),
        instant(order, "processedAt"),
        updated,
        List.of("PAID", "PARTIALLY_REFUNDED", "REFUNDED").contains(financial),
        firstGateway(order),
        customer(order),
        list(
            order.path("lineItems").path("nodes"), l -> LineMapper.map(l, refunded, taxesIncluded)),
        list(order.path("shippingLines").path("nodes"), s -> shipping(s, taxesIncluded)),
        List.of(),
        coupons(order),
        money(order, "totalTaxSet"),
        money(order, "totalPriceSet"),
        taxesIncluded,
        list(order.path("refunds"), r -> RefundMapper.map(r, taxesIncluded, updated)));
  }

  /** {@code #1001} is shown as 1001 (Stockbook writes "#" itself); a custom prefix stays. */
  static String number(JsonNode order) {
    String name = text(order, "name");
    return name.startsWith("#") ? name.substring(1) : name;
  }

  private static String firstGateway(JsonNode order) {
    JsonNode names = order.path("paymentGatewayNames");
    return names.isArray() && !names.isEmpty() ? names.get(0).asText("") : "";
  }

  static Customer customer(JsonNode order) {
    JsonNode customer = order.path("customer");
    String id = id(customer, "id");
    return new Customer(
        id == null ? "" : id,
        text(order, "email"),
        text(customer, "firstName"),
        text(customer, "lastName"),
        text(order.path("billingAddress"), "company"));
  }

  private static Charge shipping(JsonNode line, boolean taxesIncluded) {
    BigDecimal tax = Json.sum(line.path("taxLines"), "priceSet");
    BigDecimal price = money(line, "discountedPriceSet");
    String id = id(line, "id");
    return new Charge(
        id == null ? "" : id,
        text(line, "title"),
        taxesIncluded ? price.subtract(tax) : price,
        tax,
        LineMapper.taxRates(line));
  }

  /**
   * The discount codes used. Shopify gives the order's total discount, not each code's share: a
   * single code carries the total, several codes carry none (the discount is inside the line totals
   * either way, so nothing is lost).
   */
  static List<Coupon> coupons(JsonNode order) {
    List<String> codes = list(order.path("discountCodes"), JsonNode::asText);
    BigDecimal total = money(order, "totalDiscountsSet");
    return codes.stream()
        .map(code -> new Coupon(code, code, codes.size() == 1 ? total : BigDecimal.ZERO))
        .toList();
  }
}
