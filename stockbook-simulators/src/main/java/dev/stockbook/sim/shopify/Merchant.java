package dev.stockbook.sim.shopify;

import dev.stockbook.sim.shopify.internal.AfterSale;
import dev.stockbook.sim.shopify.internal.InventoryLevel;
import dev.stockbook.sim.shopify.internal.LineItem;
import dev.stockbook.sim.shopify.internal.Order;
import dev.stockbook.sim.shopify.internal.Orders;
import dev.stockbook.sim.shopify.internal.Product;
import dev.stockbook.sim.shopify.internal.Shop;
import dev.stockbook.sim.shopify.internal.Stock;
import dev.stockbook.sim.shopify.internal.Variant;
import java.util.List;
import java.util.Map;

/**
 * The merchant in the Shopify admin: payments, fulfilment, refunds with a restock type,
 * cancellation, order edits, typing a stock figure, deleting a variant. Each moves inventory and
 * updatedAt as Shopify does and fires the webhooks.
 */
public final class Merchant {
  /** Restock types of a refund line (RefundLineItemRestockType). */
  public enum Restock {
    NO_RESTOCK,
    CANCEL,
    RETURN
  }

  private final Shop shop;
  private final Orders orders;
  private final AfterSale afterSale;
  private final Stock stock;

  Merchant(Shop shop, Orders orders, AfterSale afterSale, Stock stock) {
    this.shop = shop;
    this.orders = orders;
    this.afterSale = afterSale;
    this.stock = stock;
  }

  public void markPaid(long orderId) {
    synchronized (shop.lock) {
      orders.markPaid(orders.require(orderId));
    }
  }

  /** Fulfils every unfulfilled unit. */
  public void fulfil(long orderId) {
    synchronized (shop.lock) {
      afterSale.fulfil(orders.require(orderId), Map.of());
    }
  }

  /** Fulfils {@code quantity} units of the line with this SKU. */
  public void fulfil(long orderId, String sku, int quantity) {
    synchronized (shop.lock) {
      Order order = orders.require(orderId);
      afterSale.fulfil(order, Map.of(line(order, sku), quantity));
    }
  }

  /** Refunds units of one line; returns the refund id. */
  public long refund(long orderId, String sku, int quantity, Restock restock) {
    synchronized (shop.lock) {
      Order order = orders.require(orderId);
      var request = new AfterSale.RefundRequest(line(order, sku), quantity, restock.name());
      return afterSale.refund(order, List.of(request), "Customer return").id;
    }
  }

  /** Cancels an unfulfilled order; reason is an OrderCancelReason (CUSTOMER, INVENTORY, ...). */
  public void cancel(long orderId, String reason, boolean restock) {
    synchronized (shop.lock) {
      afterSale.cancel(orders.require(orderId), reason, restock);
    }
  }

  /** An order edit setting the line's quantity (adding the line if missing). */
  public void editQuantity(long orderId, String sku, int newQuantity, boolean restock) {
    synchronized (shop.lock) {
      orders.edit(orders.require(orderId), sku, newQuantity, restock);
    }
  }

  /** Typing a new {@code available} figure for the SKU at the primary location. */
  public void setAvailable(String sku, int available) {
    synchronized (shop.lock) {
      Variant v = shop.catalog.requireSku(sku);
      InventoryLevel level = v.inventoryItem.levels.get(shop.catalog.primaryLocation().id);
      if (level == null) {
        throw new IllegalArgumentException(sku + " is not stocked at the primary location");
      }
      int delta = available - level.get("available");
      stock.apply(List.of(Stock.Move.of(level, "available", delta, "on_hand", delta)));
    }
  }

  /** Deletes the variant (and its inventory item); the product fires products/update. */
  public void deleteVariant(String sku) {
    synchronized (shop.lock) {
      Variant v = shop.catalog.requireSku(sku);
      Product p = v.product;
      shop.catalog.deleteVariant(v);
      p.updatedAt = shop.now();
      shop.events.product(p);
    }
  }

  private static LineItem line(Order order, String sku) {
    return order.lines.stream()
        .filter(l -> sku.equals(l.sku))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("order " + order.name() + " has no line " + sku));
  }
}
