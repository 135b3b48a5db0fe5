package dev.stockbook.sim.shopify;

import dev.stockbook.sim.shopify.internal.Location;
import dev.stockbook.sim.shopify.internal.Orders;
import dev.stockbook.sim.shopify.internal.Shop;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A customer at checkout: places orders that commit stock at the shop's primary location. */
public final class Shopper {
  /** A cart line: variant SKU and quantity. */
  public record Line(String sku, int quantity) {}

  private final Shop shop;
  private final Orders orders;

  Shopper(Shop shop, Orders orders) {
    this.shop = shop;
    this.orders = orders;
  }

  /** A paid card order; returns the order's numeric id. */
  public long placeOrder(List<Line> lines) {
    return placeOrder(lines, true);
  }

  /** {@code paid} false leaves the payment pending (a manual payment method). */
  public long placeOrder(List<Line> lines, boolean paid) {
    synchronized (shop.lock) {
      return place(lines, paid, shop.catalog.primaryLocation());
    }
  }

  /** An order assigned to the named location. */
  public long placeOrderAt(String locationName, List<Line> lines, boolean paid) {
    synchronized (shop.lock) {
      return place(lines, paid, shop.catalog.requireLocation(locationName));
    }
  }

  private long place(List<Line> lines, boolean paid, Location at) {
    Map<String, Integer> bySku = new LinkedHashMap<>();
    lines.forEach(l -> bySku.merge(l.sku(), l.quantity(), Integer::sum));
    return orders.place(bySku, "shopper@example.com", at, paid).id;
  }
}
