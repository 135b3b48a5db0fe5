package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;

/** Creates and updates orders from REST bodies (class-wc-rest-orders-controller.php). */
public final class OrderWriter {
  private final Store store;
  private final Catalog catalog;
  private final Orders orders;
  private final ProductJson products;

  public OrderWriter(Store store, Catalog catalog, Orders orders, ProductJson products) {
    this.store = store;
    this.catalog = catalog;
    this.orders = orders;
    this.products = products;
  }

  public Order create(JsonNode body) {
    ObjectNode in = asObject(body);
    validate(in);
    Order o = orders.newOrder();
    o.billing = blank((ObjectNode) Templates.ORDER.get("billing"));
    o.shipping = blank((ObjectNode) Templates.ORDER.get("shipping"));
    o.createdVia = in.path("created_via").asText("rest-api");
    applyFields(in, o);
    applyLines(in, o);
    orders.insert(o);
    applyStatus(in, o);
    if (in.has("status") || in.path("set_paid").asBoolean(false)) {
      orders.touch(o);
    }
    return o;
  }

  public Order update(Order o, JsonNode body) {
    ObjectNode in = asObject(body);
    validate(in);
    applyFields(in, o);
    applyLines(in, o);
    applyStatus(in, o);
    orders.touch(o);
    return o;
  }

  /** The template's address with every value emptied (the capture it came from had a name). */
  private static ObjectNode blank(ObjectNode address) {
    ObjectNode out = WpJson.object();
    address.fieldNames().forEachRemaining(name -> out.put(name, ""));
    return out;
  }

  private static ObjectNode asObject(JsonNode body) {
    return body != null && body.isObject() ? (ObjectNode) body : WpJson.object();
  }

  private void validate(ObjectNode in) {
    InvalidParams bad = new InvalidParams();
    if (in.has("status") && !OrderStatus.ALL.contains(in.get("status").asText())) {
      bad.notInEnum("status", in.get("status").asText(), OrderStatus.ALL.subList(0, 9));
    }
    for (String f : List.of("billing", "shipping")) {
      if (in.has(f) && !in.get(f).isObject()) {
        bad.notType(f, "object");
      }
    }
    for (String f : List.of("line_items", "shipping_lines", "fee_lines", "coupon_lines")) {
      if (in.has(f) && !in.get(f).isArray()) {
        bad.notType(f, "array");
      }
    }
    bad.throwIfAny();
  }

  private void applyFields(ObjectNode in, Order o) {
    mergeAddress(in.get("billing"), o.billing);
    mergeAddress(in.get("shipping"), o.shipping);
    o.paymentMethod = in.path("payment_method").asText(o.paymentMethod);
    o.paymentMethodTitle = in.path("payment_method_title").asText(o.paymentMethodTitle);
    o.transactionId = in.path("transaction_id").asText(o.transactionId);
    o.customerNote = in.path("customer_note").asText(o.customerNote);
    o.currency = in.path("currency").asText(o.currency);
    if (in.has("customer_id") && in.get("customer_id").asLong() != 0) {
      throw WpError.badRequest("woocommerce_rest_invalid_customer_id", "Customer ID is invalid.");
    }
    for (JsonNode s : in.path("shipping_lines")) {
      o.shippingLines.add(new Order.Extra(store.nextItemId(), (ObjectNode) s.deepCopy()));
    }
    for (JsonNode f : in.path("fee_lines")) {
      o.feeLines.add(new Order.Extra(store.nextItemId(), (ObjectNode) f.deepCopy()));
    }
  }

  private static void mergeAddress(JsonNode in, ObjectNode into) {
    if (in != null && in.isObject()) {
      in.fields().forEachRemaining(e -> into.put(e.getKey(), e.getValue().asText()));
    }
  }

  private void applyLines(ObjectNode in, Order o) {
    for (JsonNode item : in.path("line_items")) {
      Order.Line existing =
          item.has("id")
              ? o.lines.stream()
                  .filter(l -> l.id == item.get("id").asLong())
                  .findFirst()
                  .orElse(null)
              : null;
      if (existing != null && item.path("quantity").asDouble(1) == 0) {
        o.lines.remove(existing);
      } else if (existing != null) {
        existing.quantity =
            new BigDecimal(item.path("quantity").asText(existing.quantity.toPlainString()));
        reprice(existing, item);
      } else {
        o.lines.add(newLine(item));
      }
    }
  }

  /** A new line for a product given by id, variation id or SKU. */
  public Order.Line newLine(JsonNode item) {
    Product p = resolve(item);
    Order.Line line = new Order.Line(store.nextItemId());
    line.productId = p.isVariation() ? p.parentId : p.id;
    line.variationId = p.isVariation() ? p.id : 0;
    line.name = products.displayName(p);
    line.parentName =
        p.isVariation() ? catalog.find(p.parentId).map(x -> x.name).orElse(null) : null;
    line.quantity = new BigDecimal(item.path("quantity").asText("1"));
    for (JsonNode a : p.attributes) {
      String name = a.path("name").asText();
      line.attributeMeta
          .addObject()
          .put("id", store.nextMetaId())
          .put("key", ProductWriter.slugOf(name))
          .put("value", a.path("option").asText())
          .put("display_key", name)
          .put("display_value", a.path("option").asText());
    }
    BigDecimal unit = p.price().isEmpty() ? BigDecimal.ZERO : new BigDecimal(p.price());
    line.subtotal = unit.multiply(line.quantity);
    line.total = line.subtotal;
    reprice(line, item);
    return line;
  }

  private static void reprice(Order.Line line, JsonNode item) {
    if (item.hasNonNull("subtotal")) {
      line.subtotal = Money.parse(item.get("subtotal"));
    }
    line.total =
        item.hasNonNull("total")
            ? Money.parse(item.get("total"))
            : item.hasNonNull("subtotal") ? line.subtotal : line.total;
  }

  private Product resolve(JsonNode item) {
    long variationId = item.path("variation_id").asLong(0);
    long productId = item.path("product_id").asLong(0);
    String sku = item.path("sku").asText("");
    Product p =
        variationId != 0
            ? catalog.find(variationId).orElse(null)
            : productId != 0
                ? catalog.find(productId).orElse(null)
                : catalog.bySku(sku).orElse(null);
    if (p == null) {
      throw WpError.badRequest(
          "woocommerce_rest_invalid_product_id", "Product ID provided is invalid.");
    }
    return p;
  }

  private void applyStatus(ObjectNode in, Order o) {
    if (in.path("set_paid").asBoolean(false)) {
      orders.paymentComplete(o);
    }
    if (in.has("status") && !in.get("status").asText().equals(o.status)) {
      orders.setStatus(o, in.get("status").asText());
    }
  }
}
