package dev.stockbook.sim.shopify.internal;

import graphql.schema.idl.RuntimeWiring;
import java.math.BigDecimal;
import java.util.List;

/** Field fetchers of Order, LineItem, Refund, RefundLineItem, Fulfillment, FulfillmentLineItem. */
public final class OrderTypes {
  private final Shop shop;

  public OrderTypes(Shop shop) {
    this.shop = shop;
  }

  public void wire(RuntimeWiring.Builder w) {
    order().into(w);
    Wiring.type("LineItem", LineItem.class)
        .field("id", LineItem::gid)
        .field("name", LineItem::name)
        .field("unfulfilledQuantity", LineItem::unfulfilled)
        .field("refundableQuantity", l -> l.currentQuantity)
        .field("requiresShipping", l -> true)
        .field("taxable", l -> true)
        .field("originalUnitPriceSet", l -> bag(l.unitPrice))
        .field("discountedUnitPriceSet", l -> bag(l.unitPrice))
        .field("originalTotalSet", l -> bag(l.originalTotal()))
        .field("discountedTotalSet", l -> bag(l.originalTotal()))
        .field("totalDiscountSet", l -> bag(BigDecimal.ZERO))
        .field("discountAllocations", l -> List.of())
        .field("taxLines", l -> List.of())
        .field("product", l -> shop.catalog.products.get(l.productId))
        .into(w);
    Wiring.type("Refund", Refund.class)
        .field("id", Refund::gid)
        .field("legacyResourceId", r -> r.id)
        .field("updatedAt", r -> r.createdAt)
        .field("totalRefundedSet", r -> bag(r.amount))
        .field(
            "refundLineItems",
            (r, env) -> PageArgs.connection(env, r.lines, Pages.Order.byId(Refund.Line::id)))
        .into(w);
    Wiring.type("RefundLineItem", Refund.Line.class)
        .field("id", l -> Gid.of("RefundLineItem", l.id()))
        .field("priceSet", l -> bag(l.lineItem().unitPrice))
        .field("subtotalSet", l -> bag(l.subtotal()))
        .field("totalTaxSet", l -> bag(BigDecimal.ZERO))
        .into(w);
    Wiring.type("Fulfillment", Fulfillment.class)
        .field("id", Fulfillment::gid)
        .field("legacyResourceId", f -> f.id)
        .field("name", Fulfillment::name)
        .field("status", f -> "SUCCESS")
        .field("updatedAt", f -> f.createdAt)
        .field("totalQuantity", Fulfillment::totalQuantity)
        .field(
            "fulfillmentLineItems",
            (f, env) -> PageArgs.connection(env, f.lines, Pages.Order.byId(Fulfillment.Line::id)))
        .into(w);
    Wiring.type("FulfillmentLineItem", Fulfillment.Line.class)
        .field("id", Fulfillment.Line::gid)
        .into(w);
  }

  private Wiring<Order> order() {
    return Wiring.type("Order", Order.class)
        .field("id", Order::gid)
        .field("legacyResourceId", o -> o.id)
        .field("name", Order::name)
        .field("tags", o -> List.of())
        .field("test", o -> false)
        .field("sourceName", o -> "web")
        .field("closed", o -> o.closedAt != null)
        .field("confirmed", o -> true)
        .field("currencyCode", o -> shop.currency)
        .field("displayFinancialStatus", OrderStatus::financial)
        .field("displayFulfillmentStatus", OrderStatus::fulfillment)
        .field("fullyPaid", o -> o.paid.signum() > 0 && o.outstanding().signum() == 0)
        .field("unpaid", o -> o.paid.signum() == 0)
        .field("taxesIncluded", o -> false)
        .field("customer", o -> null)
        .field("billingAddress", o -> null)
        .field("paymentGatewayNames", o -> List.of(o.paid.signum() > 0 ? "bogus" : "manual"))
        .field("discountCodes", o -> List.of())
        .field("totalDiscountsSet", o -> bag(BigDecimal.ZERO))
        .field(
            "shippingLines",
            (o, env) -> PageArgs.connection(env, List.<Object>of(), Pages.Order.byId(x -> 0L)))
        .field("subtotalPriceSet", o -> bag(o.totalBeforeReturns()))
        .field("totalPriceSet", o -> bag(o.totalBeforeReturns()))
        .field("totalTaxSet", o -> bag(BigDecimal.ZERO))
        .field("totalShippingPriceSet", o -> bag(BigDecimal.ZERO))
        .field("totalRefundedSet", o -> bag(o.refunded()))
        .field("totalOutstandingSet", o -> bag(o.outstanding()))
        .field("currentSubtotalPriceSet", o -> bag(o.currentTotal()))
        .field("currentTotalPriceSet", o -> bag(o.currentTotal()))
        .field("currentTotalTaxSet", o -> bag(BigDecimal.ZERO))
        .field(
            "subtotalLineItemsQuantity",
            o -> o.lines.stream().mapToInt(l -> l.quantity - l.removed).sum())
        .field(
            "currentSubtotalLineItemsQuantity",
            o -> o.lines.stream().mapToInt(l -> l.currentQuantity).sum())
        .field(
            "lineItems", (o, env) -> PageArgs.connection(env, o.lines, Pages.Order.byId(l -> l.id)))
        .field("refunds", (o, env) -> limit(o.refunds, env.getArgument("first")))
        .field("fulfillments", (o, env) -> limit(o.fulfillments, env.getArgument("first")));
  }

  private static <T> List<T> limit(List<T> items, Integer first) {
    return first == null ? List.copyOf(items) : items.stream().limit(Math.max(0, first)).toList();
  }

  private Object bag(BigDecimal amount) {
    return Bags.of(amount, shop.currency);
  }
}
