package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/** Renders orders and refunds over the captured order template. */
public final class OrderJson {
  private final Store store;
  private final Catalog catalog;
  private final Orders orders;
  private final ProductJson products;

  public OrderJson(Store store, Catalog catalog, Orders orders, ProductJson products) {
    this.store = store;
    this.catalog = catalog;
    this.orders = orders;
    this.products = products;
  }

  public ObjectNode order(Order o) {
    ObjectNode out = Templates.copy(Templates.ORDER);
    BigDecimal shipping = sum(o.shippingLines);
    out.put("id", o.id).put("status", o.status).put("currency", o.currency);
    date(out, "date_created", o.created);
    date(out, "date_modified", o.modified);
    OrderTax.Totals tax = OrderTax.totals(o);
    out.put("discount_total", Money.format(o.discountTotal))
        .put("discount_tax", Money.format(tax.discountTax()))
        .put("shipping_total", Money.format(shipping))
        .put("shipping_tax", Money.format(tax.shippingTax()))
        .put("cart_tax", Money.format(tax.cartTax()))
        .put("total_tax", Money.format(tax.total()));
    out.put("total", Money.format(orders.total(o)))
        .put("customer_id", o.customerId)
        .put("order_key", o.orderKey);
    out.set("billing", o.billing.deepCopy());
    out.set("shipping", o.shipping.deepCopy());
    out.put("payment_method", o.paymentMethod).put("payment_method_title", o.paymentMethodTitle);
    out.put("transaction_id", o.transactionId)
        .put("created_via", o.createdVia)
        .put("customer_note", o.customerNote);
    date(out, "date_completed", o.completed);
    date(out, "date_paid", o.paid);
    out.put("number", String.valueOf(o.id));
    out.set("meta_data", o.metaData.deepCopy());
    ArrayNode lines = out.putArray("line_items");
    o.lines.forEach(l -> lines.add(line(l, o.taxRate)));
    out.set("tax_lines", taxLines(o, tax));
    out.set("shipping_lines", extras(o, o.shippingLines, "shipping", tax));
    out.set("fee_lines", extras(o, o.feeLines, "fee", tax));
    out.set("coupon_lines", extras(o, o.couponLines, "coupon", tax));
    ArrayNode refunds = out.putArray("refunds");
    for (long id : o.refundIds) {
      Refund r = store.refunds.get(id);
      refunds
          .addObject()
          .put("id", r.id)
          .put("reason", r.reason)
          .put("total", Money.format(r.amount.negate()));
    }
    out.put(
        "payment_url",
        store.siteUrl + "/checkout/order-pay/" + o.id + "/?pay_for_order=true&key=" + o.orderKey);
    out.put("is_editable", OrderStatus.editable(o.status));
    out.put(
        "needs_payment",
        ("pending".equals(o.status) || "failed".equals(o.status)) && orders.total(o).signum() > 0);
    links(out, o);
    return out;
  }

  private void date(ObjectNode out, String field, Instant at) {
    out.put(field, store.time.local(at)).put(field + "_gmt", store.time.gmt(at));
  }

  private ObjectNode line(Order.Line l, BigDecimal rate) {
    ObjectNode out = Templates.copy(Templates.LINE_ITEM);
    out.put("id", l.id)
        .put("name", l.name)
        .put("product_id", l.productId)
        .put("variation_id", l.variationId);
    out.put("quantity", Money.number(l.quantity));
    out.put("subtotal", Money.format(l.subtotal))
        .put("subtotal_tax", Money.format(OrderTax.rounded(rate, l.subtotal)))
        .put("total", Money.format(l.total))
        .put("total_tax", Money.format(OrderTax.rounded(rate, l.total)));
    if (rate.signum() > 0) {
      taxes(
          out.putArray("taxes"),
          OrderTax.exact(rate, l.total),
          Money.number(OrderTax.exact(rate, l.subtotal)).toPlainString());
    }
    ArrayNode meta = l.attributeMeta.deepCopy();
    if (l.reducedStock > 0) {
      String value = String.valueOf(l.reducedStock);
      meta.addObject()
          .put("id", l.reducedStockMetaId)
          .put("key", "_reduced_stock")
          .put("value", value)
          .put("display_key", "_reduced_stock")
          .put("display_value", value);
    }
    if (l.restockedByRefunds > 0) {
      String value = String.valueOf(l.restockedByRefunds);
      meta.addObject()
          .put("id", l.restockedMetaId)
          .put("key", "_restock_refunded_items")
          .put("value", value)
          .put("display_key", "_restock_refunded_items")
          .put("display_value", value);
    }
    out.set("meta_data", meta);
    String sku =
        catalog.find(l.variationId != 0 ? l.variationId : l.productId).map(p -> p.sku).orElse(null);
    out.put("sku", sku);
    out.put(
        "price",
        l.quantity.signum() == 0
            ? BigDecimal.ZERO
            : Money.number(l.total.divide(l.quantity, 10, java.math.RoundingMode.HALF_UP)));
    if (l.variationId != 0) {
      out.putObject("image").put("id", 0).put("src", "");
    }
    out.put("parent_name", l.parentName);
    return out;
  }

  private static BigDecimal sum(Iterable<Order.Extra> extras) {
    BigDecimal total = BigDecimal.ZERO;
    for (Order.Extra e : extras) {
      total = total.add(Money.parse(e.json().get("total")));
    }
    return total;
  }

  /**
   * Shipping, fee and coupon lines; shipping and taxable fees carry their tax, the coupon the tax
   * it took off.
   */
  private static ArrayNode extras(
      Order o, Iterable<Order.Extra> extras, String kind, OrderTax.Totals tax) {
    ArrayNode out = WpJson.array();
    for (Order.Extra e : extras) {
      ObjectNode line = out.addObject().put("id", e.id());
      BigDecimal total = Money.parse(e.json().get("total"));
      BigDecimal base =
          switch (kind) {
            case "shipping" -> OrderTax.enabled(o) ? total : BigDecimal.ZERO;
            case "fee" -> OrderTax.feeBase(o, e);
            default -> BigDecimal.ZERO;
          };
      switch (kind) {
        case "shipping" ->
            line.put("method_title", e.json().path("method_title").asText(""))
                .put("method_id", e.json().path("method_id").asText(""))
                .put("instance_id", e.json().path("instance_id").asText(""))
                .put("total", Money.format(total))
                .put("total_tax", Money.format(OrderTax.rounded(o.taxRate, base)));
        case "fee" ->
            line.put("name", e.json().path("name").asText(""))
                .put("tax_class", "")
                .put("tax_status", OrderTax.taxable(e) ? "taxable" : "none")
                .put("total", Money.format(total))
                .put("total_tax", Money.format(OrderTax.rounded(o.taxRate, base)));
        default ->
            line.put("code", e.json().path("code").asText(""))
                .put("discount", Money.format(Money.parse(e.json().get("discount"))))
                .put("discount_tax", Money.format(tax.discountTax()))
                .put("discount_type", "fixed_cart")
                .put("nominal_amount", Money.number(Money.parse(e.json().get("discount"))))
                .put("free_shipping", false);
      }
      ArrayNode taxes = line.putArray("taxes");
      if (OrderTax.enabled(o)
          && ("shipping".equals(kind) || "fee".equals(kind) && OrderTax.taxable(e))) {
        taxes(taxes, OrderTax.exact(o.taxRate, base), "");
      }
      line.putArray("meta_data");
    }
    return out;
  }

  /**
   * {@code taxes[]} as the REST API writes it: the stored, unrounded amounts, not formatted to
   * cents.
   */
  private static void taxes(ArrayNode into, BigDecimal total, String subtotal) {
    into.addObject()
        .put("id", OrderTax.RATE_ID)
        .put("total", Money.number(total).toPlainString())
        .put("subtotal", subtotal);
  }

  /**
   * The one {@code tax_lines} entry of a taxed order: line and fee taxes, shipping taxes, the rate.
   */
  private static ArrayNode taxLines(Order o, OrderTax.Totals tax) {
    ArrayNode out = WpJson.array();
    if (OrderTax.enabled(o)) {
      out.addObject()
          .put("id", o.taxLineId)
          .put("rate_code", OrderTax.RATE_CODE)
          .put("rate_id", OrderTax.RATE_ID)
          .put("label", OrderTax.LABEL)
          .put("compound", false)
          .put("tax_total", Money.format(tax.cartTax()))
          .put("shipping_tax_total", Money.format(tax.shippingTax()))
          .put("rate_percent", Money.number(o.taxRate))
          .putArray("meta_data");
    }
    return out;
  }

  private void links(ObjectNode out, Order o) {
    ObjectNode links = products.links("/orders/" + o.id, "/orders", null);
    links
        .putArray("email_templates")
        .addObject()
        .put("embeddable", true)
        .put("href", store.api("/orders/" + o.id + "/actions/email_templates"));
    out.set("_links", links);
  }

  public ObjectNode refund(Refund r) {
    ObjectNode out = Templates.copy(Templates.REFUND);
    out.put("id", r.id);
    date(out, "date_created", r.created);
    out.put("amount", Money.format(r.amount))
        .put("reason", r.reason)
        .put("refunded_payment", r.refundedPayment);
    ArrayNode lines = out.putArray("line_items");
    Order o = store.orders.get(r.orderId);
    for (Refund.Line rl : r.lines) {
      Order.Line ol =
          o.lines.stream().filter(l -> l.id == rl.refundedItemId()).findFirst().orElse(null);
      if (ol != null) {
        lines.add(refundLine(rl, ol));
      }
    }
    ObjectNode links = WpJson.object();
    links
        .putArray("self")
        .addObject()
        .put("href", store.api("/orders/" + r.orderId + "/refunds/" + r.id))
        .putObject("targetHints")
        .putArray("allow")
        .add("GET")
        .add("DELETE");
    links
        .putArray("collection")
        .addObject()
        .put("href", store.api("/orders/" + r.orderId + "/refunds"));
    links.putArray("up").addObject().put("href", store.api("/orders/" + r.orderId));
    out.set("_links", links);
    return out;
  }

  /** Refund lines carry negative quantities and totals, as WooCommerce stores them. */
  private ObjectNode refundLine(Refund.Line rl, Order.Line ol) {
    Order.Line negative = new Order.Line(rl.id());
    negative.productId = ol.productId;
    negative.variationId = ol.variationId;
    negative.name = ol.name;
    negative.parentName = ol.parentName;
    negative.quantity = BigDecimal.valueOf(-rl.quantity());
    negative.subtotal = rl.total().negate();
    negative.total = rl.total().negate();
    ObjectNode line = line(negative, BigDecimal.ZERO);
    String ref = String.valueOf(rl.refundedItemId());
    ((ArrayNode) line.get("meta_data"))
        .addObject()
        .put("id", rl.metaId())
        .put("key", "_refunded_item_id")
        .put("value", ref)
        .put("display_key", "_refunded_item_id")
        .put("display_value", ref);
    if (rl.quantity() == 0) {
      line.put("price", 0);
    }
    return line;
  }
}
