package dev.stockbook.sim.shopify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checkout, payment and order edits with Shopify's inventory effects: a placed order moves units
 * from {@code available} to {@code committed} at the order's location; an edit that adds units
 * commits more, one that removes units releases them (back to available when restocked).
 */
public final class Orders {
  private final Shop shop;
  private final Stock stock;

  public Orders(Shop shop, Stock stock) {
    this.shop = shop;
    this.stock = stock;
  }

  public Order require(long id) {
    Order order = shop.orders.get(id);
    if (order == null) {
      throw new IllegalArgumentException("no order " + id);
    }
    return order;
  }

  /** A checkout: lines by SKU and quantity; paid captures the total at once. */
  public Order place(Map<String, Integer> skuQuantities, String email, Location at, boolean paid) {
    Order order = new Order(shop.nextId(), shop.nextOrderNumber(), email, at, shop.now());
    List<Stock.Move> moves = new ArrayList<>();
    for (Map.Entry<String, Integer> e : skuQuantities.entrySet()) {
      LineItem line =
          new LineItem(shop.nextId(), shop.catalog.requireSku(e.getKey()), e.getValue());
      order.lines.add(line);
      commit(line, e.getValue(), at, moves);
    }
    if (paid) {
      order.paid = order.currentTotal();
    }
    shop.orders.put(order.id, order);
    stock.apply(moves);
    shop.events.order("orders/create", order);
    if (paid) {
      shop.events.order("orders/paid", order);
    }
    return order;
  }

  /** Captures what is outstanding (a pending order paid later). */
  public void markPaid(Order order) {
    if (order.cancelledAt != null) {
      throw new IllegalStateException("order " + order.name() + " is cancelled");
    }
    order.paid = order.paid.add(order.outstanding());
    touch(order);
    shop.events.order("orders/paid", order);
  }

  /**
   * Sets the current quantity of the line with this SKU (adding a line if there is none), as an
   * order edit does. Removed units leave {@code committed}; they go back to {@code available} when
   * {@code restock}, else they also leave {@code on_hand}.
   */
  public void edit(Order order, String sku, int newQuantity, boolean restock) {
    if (order.cancelledAt != null) {
      throw new IllegalStateException("order " + order.name() + " is cancelled");
    }
    LineItem line = order.lines.stream().filter(l -> sku.equals(l.sku)).findFirst().orElse(null);
    List<Stock.Move> moves = new ArrayList<>();
    if (line == null) {
      line = new LineItem(shop.nextId(), shop.catalog.requireSku(sku), newQuantity);
      order.lines.add(line);
      commit(line, newQuantity, order.location, moves);
    } else if (newQuantity > line.currentQuantity) {
      int more = newQuantity - line.currentQuantity;
      commit(line, more, order.location, moves);
      line.quantity += more;
      line.currentQuantity += more;
    } else {
      remove(line, line.currentQuantity - newQuantity, order, restock, moves);
    }
    stock.apply(moves);
    touch(order);
  }

  private void remove(
      LineItem line, int fewer, Order order, boolean restock, List<Stock.Move> moves) {
    if (fewer > line.unfulfilled()) {
      throw new IllegalStateException(
          "only " + line.unfulfilled() + " unfulfilled units of " + line.sku + " can be removed");
    }
    line.currentQuantity -= fewer;
    line.removed += fewer;
    InventoryLevel level = Stock.levelFor(line.variant, order.location);
    if (level != null) {
      moves.add(
          Stock.Move.of(
              level,
              "committed",
              -fewer,
              restock ? "available" : "on_hand",
              restock ? fewer : -fewer));
    }
  }

  /** available → committed, refusing to oversell a DENY variant (Shopify's checkout check). */
  private static void commit(LineItem line, int units, Location at, List<Stock.Move> moves) {
    InventoryLevel level = Stock.levelFor(line.variant, at);
    if (level == null) {
      return;
    }
    if ("DENY".equals(line.variant.inventoryPolicy) && level.get("available") < units) {
      throw new IllegalStateException(
          "not enough "
              + line.sku
              + " at "
              + at.name
              + ": "
              + level.get("available")
              + " available, "
              + units
              + " wanted");
    }
    moves.add(Stock.Move.of(level, "available", -units, "committed", units));
  }

  /** Stamps updatedAt and fires orders/updated. */
  public void touch(Order order) {
    order.updatedAt = shop.now();
    shop.events.order("orders/updated", order);
  }
}
