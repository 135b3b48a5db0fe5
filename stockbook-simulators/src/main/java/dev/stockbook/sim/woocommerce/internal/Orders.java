package dev.stockbook.sim.woocommerce.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The order lifecycle: status machine, stock reduction and restoration, refunds. */
public final class Orders {
  private final Store store;
  private final Catalog catalog;

  public Orders(Store store, Catalog catalog) {
    this.store = store;
    this.catalog = catalog;
  }

  public Order get(long id) {
    Order o = store.orders.get(id);
    if (o == null) {
      throw WpError.invalidId("shop_order");
    }
    return o;
  }

  public List<Order> all() {
    return List.copyOf(store.orders.values());
  }

  public Order newOrder() {
    Order o = new Order(store.nextPostId(), store.now());
    o.orderKey = "wc_order_" + store.randomToken(13);
    o.taxRate = store.taxRate;
    return o;
  }

  /** Saves a new order: {@code order.created} fires here (woocommerce_new_order). */
  public void insert(Order o) {
    if (OrderTax.enabled(o) && o.taxLineId == 0) {
      o.taxLineId = store.nextItemId();
    }
    store.orders.put(o.id, o);
    store.events.fire("order.created", o.id);
  }

  public void touch(Order o) {
    o.modified = store.now();
    store.events.fire("order.updated", o.id);
  }

  /** payment_complete(): paid now, processing, stock reduced. */
  public void paymentComplete(Order o) {
    if (o.paid == null) {
      o.paid = store.now();
    }
    setStatus(o, "processing");
  }

  /** Moves the order to {@code status}, running the stock hooks WooCommerce runs on transitions. */
  public void setStatus(Order o, String status) {
    String old = o.status;
    o.status = status;
    if (OrderStatus.reducesStock(status)) {
      reduceStock(o);
    } else if (OrderStatus.restoresStock(status)) {
      restoreStock(o);
    }
    if (("processing".equals(status) || "completed".equals(status)) && o.paid == null) {
      o.paid = store.now();
    }
    if ("completed".equals(status) && !"completed".equals(old)) {
      o.completed = store.now();
    }
    if ("refunded".equals(status) && !"refunded".equals(old)) {
      BigDecimal remaining = remainingRefundable(o);
      if (remaining.signum() > 0) {
        addRefund(o, remaining, "Order fully refunded.", false);
      }
    }
  }

  private void reduceStock(Order o) {
    if (o.stockReduced || !store.manageStock) {
      return;
    }
    for (Order.Line line : o.lines) {
      Optional<Product> product =
          catalog.find(line.variationId != 0 ? line.variationId : line.productId);
      long qty = line.quantity.longValue();
      if (product.isPresent() && catalog.adjustStock(product.get(), -qty).isPresent()) {
        line.reducedStock = qty;
        line.reducedStockMetaId = store.nextMetaId();
      }
    }
    o.stockReduced = true;
  }

  private void restoreStock(Order o) {
    if (!o.stockReduced) {
      return;
    }
    for (Order.Line line : o.lines) {
      if (line.reducedStock > 0) {
        catalog
            .find(line.variationId != 0 ? line.variationId : line.productId)
            .ifPresent(p -> catalog.adjustStock(p, line.reducedStock));
      }
      line.reducedStock = 0;
    }
    o.stockReduced = false;
  }

  public BigDecimal total(Order o) {
    BigDecimal total = BigDecimal.ZERO;
    for (Order.Line line : o.lines) {
      total = total.add(line.total);
    }
    for (Order.Extra e : o.shippingLines) {
      total = total.add(Money.parse(e.json().get("total")));
    }
    for (Order.Extra e : o.feeLines) {
      total = total.add(Money.parse(e.json().get("total")));
    }
    return total.add(OrderTax.totals(o).total());
  }

  public BigDecimal refunded(Order o) {
    return o.refundIds.stream()
        .map(store.refunds::get)
        .map(r -> r.amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal remainingRefundable(Order o) {
    return total(o).subtract(refunded(o));
  }

  /**
   * Records a refund; the caller has validated it. Fully refunded orders become {@code refunded}.
   */
  public Refund addRefund(Order o, BigDecimal amount, String reason, boolean refundedPayment) {
    Refund r = new Refund(store.nextPostId(), o.id, amount, reason, store.now(), refundedPayment);
    store.refunds.put(r.id, r);
    o.refundIds.add(0, r.id);
    return r;
  }

  /**
   * Gives back refunded units, lowers the line's {@code _reduced_stock} and raises its cumulative
   * {@code _restock_refunded_items}, as {@code wc_restock_refunded_items} does. Like WooCommerce,
   * nothing happens for a line whose stock was never reduced.
   */
  public void restock(Order.Line line, long quantity) {
    if (line.reducedStock <= 0) {
      return;
    }
    catalog
        .find(line.variationId != 0 ? line.variationId : line.productId)
        .ifPresent(p -> catalog.adjustStock(p, quantity));
    line.reducedStock = Math.max(0, line.reducedStock - quantity);
    if (line.restockedMetaId == 0) {
      line.restockedMetaId = store.nextMetaId();
    }
    line.restockedByRefunds += quantity;
  }

  public void afterRefund(Order o) {
    if (remainingRefundable(o).signum() <= 0 && !"refunded".equals(o.status)) {
      o.status = "refunded";
    }
    touch(o);
  }
}
