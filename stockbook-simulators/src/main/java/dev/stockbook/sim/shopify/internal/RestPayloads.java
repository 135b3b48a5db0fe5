package dev.stockbook.sim.shopify.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Webhook bodies: the REST resource of the topic (Order, Refund, InventoryLevel, Product), in the
 * REST field names and spellings (amounts as "12.00" strings, lower-case statuses), rendered when
 * the event happens.
 */
public final class RestPayloads {
  private final Shop shop;

  public RestPayloads(Shop shop) {
    this.shop = shop;
  }

  public ObjectNode order(Order o) {
    ObjectNode n = Json.object();
    n.put("id", o.id).put("admin_graphql_api_id", o.gid()).put("name", o.name());
    n.put("order_number", o.number).put("number", o.number - 1000).put("email", o.email);
    n.put("created_at", RestTime.of(o.createdAt)).put("updated_at", RestTime.of(o.updatedAt));
    n.put("processed_at", RestTime.of(o.processedAt)).put("closed_at", RestTime.of(o.closedAt));
    n.put("cancelled_at", RestTime.of(o.cancelledAt));
    n.put("cancel_reason", o.cancelReason == null ? null : o.cancelReason.toLowerCase(Locale.ROOT));
    n.put("currency", shop.currency).put("presentment_currency", shop.currency);
    n.put("financial_status", OrderStatus.financial(o).toLowerCase(Locale.ROOT));
    n.put("fulfillment_status", OrderStatus.restFulfillment(o));
    n.put("total_price", Money.rest(o.totalBeforeReturns()))
        .put("subtotal_price", Money.rest(o.totalBeforeReturns()));
    n.put("current_total_price", Money.rest(o.currentTotal()));
    n.put("current_subtotal_price", Money.rest(o.currentTotal()));
    n.put("total_tax", "0.00").put("total_discounts", "0.00").put("test", false);
    n.put("confirmed", true).put("source_name", "web").put("tags", "").putNull("note");
    ArrayNode lines = n.putArray("line_items");
    o.lines.forEach(l -> lines.add(line(l)));
    ArrayNode refunds = n.putArray("refunds");
    o.refunds.forEach(r -> refunds.add(refund(r)));
    ArrayNode fulfillments = n.putArray("fulfillments");
    o.fulfillments.forEach(f -> fulfillments.add(fulfillment(f)));
    return n;
  }

  private ObjectNode line(LineItem l) {
    ObjectNode n = Json.object();
    n.put("id", l.id).put("admin_graphql_api_id", l.gid());
    if (l.variant == null) {
      n.putNull("variant_id");
    } else {
      n.put("variant_id", l.variant.id);
    }
    n.put("product_id", l.productId).put("sku", l.sku).put("name", l.name()).put("title", l.title);
    n.put("variant_title", l.variantTitle).put("quantity", l.quantity);
    n.put("current_quantity", l.currentQuantity).put("fulfillable_quantity", l.unfulfilled());
    n.put(
        "fulfillment_status",
        l.unfulfilled() == 0 && l.fulfilled > 0 ? "fulfilled" : l.fulfilled > 0 ? "partial" : null);
    n.put("price", Money.rest(l.unitPrice)).put("requires_shipping", true).put("taxable", true);
    n.put("grams", 0).put("total_discount", "0.00");
    return n;
  }

  public ObjectNode refund(Refund r) {
    ObjectNode n = Json.object();
    n.put("id", r.id).put("admin_graphql_api_id", r.gid()).put("order_id", r.order.id);
    n.put("created_at", RestTime.of(r.createdAt)).put("processed_at", RestTime.of(r.createdAt));
    n.put("note", r.note).put("restock", r.lines.stream().anyMatch(Refund.Line::restocked));
    ArrayNode lines = n.putArray("refund_line_items");
    for (Refund.Line l : r.lines) {
      ObjectNode rl = lines.addObject();
      rl.put("id", l.id()).put("line_item_id", l.lineItem().id).put("quantity", l.quantity());
      if (l.location() == null) {
        rl.putNull("location_id");
      } else {
        rl.put("location_id", l.location().id);
      }
      rl.put("restock_type", l.restockType().toLowerCase(Locale.ROOT));
      rl.put("subtotal", l.subtotal().doubleValue()).put("total_tax", 0.0);
      rl.set("line_item", line(l.lineItem()));
    }
    ArrayNode transactions = n.putArray("transactions");
    if (r.amount.signum() > 0) {
      transactions
          .addObject()
          .put("id", r.id + 1)
          .put("order_id", r.order.id)
          .put("kind", "refund")
          .put("status", "success")
          .put("amount", Money.rest(r.amount))
          .put("currency", shop.currency)
          .put("gateway", "bogus");
    }
    n.putArray("order_adjustments");
    return n;
  }

  private ObjectNode fulfillment(Fulfillment f) {
    ObjectNode n = Json.object();
    n.put("id", f.id).put("admin_graphql_api_id", f.gid()).put("order_id", f.order.id);
    n.put("name", f.name()).put("status", "success").put("location_id", f.location.id);
    n.put("created_at", RestTime.of(f.createdAt)).put("updated_at", RestTime.of(f.createdAt));
    ArrayNode lines = n.putArray("line_items");
    f.lines.forEach(l -> lines.add(line(l.lineItem()).put("quantity", l.quantity())));
    return n;
  }

  public ObjectNode inventoryLevel(InventoryLevel level) {
    ObjectNode n = Json.object();
    n.put("inventory_item_id", level.item.id).put("location_id", level.location.id);
    n.put("available", level.get("available")).put("updated_at", RestTime.of(level.updatedAt()));
    n.put("admin_graphql_api_id", level.gid());
    return n;
  }

  public ObjectNode product(Product p) {
    ObjectNode n = Json.object();
    n.put("id", p.id).put("admin_graphql_api_id", p.gid()).put("title", p.title);
    n.put("handle", p.handle).put("status", p.status.toLowerCase(Locale.ROOT));
    n.put("created_at", RestTime.of(p.createdAt)).put("updated_at", RestTime.of(p.updatedAt));
    n.put("published_at", RestTime.of(p.createdAt)).put("tags", "");
    ArrayNode variants = n.putArray("variants");
    int position = 1;
    for (Variant v : p.variants) {
      ObjectNode vn = variants.addObject();
      vn.put("id", v.id).put("admin_graphql_api_id", v.gid()).put("product_id", p.id);
      vn.put("title", v.title)
          .put("sku", v.sku)
          .put("price", Money.rest(v.price))
          .put("position", position++);
      vn.put("inventory_item_id", v.inventoryItem.id)
          .put("inventory_quantity", v.inventoryItem.available());
      vn.put("inventory_policy", v.inventoryPolicy.toLowerCase(Locale.ROOT));
      vn.put("inventory_management", v.inventoryItem.tracked ? "shopify" : null);
      vn.put("created_at", RestTime.of(v.createdAt)).put("updated_at", RestTime.of(v.updatedAt));
    }
    return n;
  }
}
