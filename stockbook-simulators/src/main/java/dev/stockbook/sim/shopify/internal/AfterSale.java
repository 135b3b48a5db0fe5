package dev.stockbook.sim.shopify.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fulfilment, refunds and cancellation with Shopify's inventory rules. Fulfilling takes units out
 * of {@code committed} and {@code on_hand}. A refund line's restock type decides the rest: CANCEL
 * (unfulfilled units) moves committed back to available; RETURN (shipped units) adds them to
 * available and on_hand; NO_RESTOCK leaves available alone (unfulfilled units leave committed and
 * on_hand).
 */
public final class AfterSale {
  /** A line to refund: how many units and how they go back to stock. */
  public record RefundRequest(LineItem line, int quantity, String restockType) {}

  private final Shop shop;
  private final Stock stock;
  private final Orders orders;

  public AfterSale(Shop shop, Stock stock, Orders orders) {
    this.shop = shop;
    this.stock = stock;
    this.orders = orders;
  }

  /**
   * Ships the given units (all unfulfilled units when the map is empty) from the order's location.
   */
  public Fulfillment fulfil(Order order, Map<LineItem, Integer> units) {
    Fulfillment f =
        new Fulfillment(
            shop.nextId(), order, order.fulfillments.size() + 1, order.location, shop.now());
    List<Stock.Move> moves = new ArrayList<>();
    for (LineItem line : order.lines) {
      int q = units.isEmpty() ? line.unfulfilled() : units.getOrDefault(line, 0);
      if (q > line.unfulfilled()) {
        throw new IllegalStateException(line.sku + ": only " + line.unfulfilled() + " to fulfil");
      }
      if (q > 0) {
        line.fulfilled += q;
        f.lines.add(new Fulfillment.Line(shop.nextId(), line, q));
        addMove(moves, line, order.location, "committed", -q, "on_hand", -q);
      }
    }
    if (f.lines.isEmpty()) {
      throw new IllegalStateException("order " + order.name() + " has nothing to fulfil");
    }
    order.fulfillments.add(f);
    stock.apply(moves);
    orders.touch(order);
    if ("FULFILLED".equals(OrderStatus.fulfillment(order))) {
      shop.events.order("orders/fulfilled", order);
    }
    return f;
  }

  /** Refunds lines; the amount is their price, capped at what was paid and not yet refunded. */
  public Refund refund(Order order, List<RefundRequest> requests, String note) {
    Refund refund = new Refund(shop.nextId(), order, note, shop.now());
    List<Stock.Move> moves = new ArrayList<>();
    BigDecimal amount = BigDecimal.ZERO;
    for (RefundRequest r : requests) {
      Location at = refundLine(order, r, moves);
      refund.lines.add(new Refund.Line(shop.nextId(), r.line(), r.quantity(), r.restockType(), at));
      amount = amount.add(Money.times(r.line().unitPrice, r.quantity()));
    }
    refund.amount = amount.min(order.paid.subtract(order.refunded())).max(BigDecimal.ZERO);
    order.refunds.add(refund);
    stock.apply(moves);
    shop.events.refund(refund);
    orders.touch(order);
    return refund;
  }

  private Location refundLine(Order order, RefundRequest r, List<Stock.Move> moves) {
    LineItem line = r.line();
    int q = r.quantity();
    if (q <= 0 || q > line.currentQuantity) {
      throw new IllegalStateException(
          line.sku + ": " + line.currentQuantity + " refundable, " + q + " asked");
    }
    int fromOpen = Math.min(q, line.unfulfilled());
    int fromShipped = q - fromOpen;
    switch (r.restockType()) {
      case "CANCEL" -> {
        require(fromShipped == 0, line.sku + ": CANCEL restocks only unfulfilled units");
        addMove(moves, line, order.location, "committed", -q, "available", q);
      }
      case "RETURN" -> {
        require(q <= line.shipped(), line.sku + ": RETURN restocks only fulfilled units");
        addMove(moves, line, order.location, "available", q, "on_hand", q);
        fromShipped = q;
      }
      case "NO_RESTOCK" ->
          addMove(moves, line, order.location, "committed", -fromOpen, "on_hand", -fromOpen);
      default -> throw new IllegalArgumentException("restock type " + r.restockType());
    }
    line.currentQuantity -= q;
    line.shippedRefunded += fromShipped;
    return "NO_RESTOCK".equals(r.restockType()) ? null : order.location;
  }

  /**
   * Cancels an unfulfilled order: every remaining unit is refunded (restockType CANCEL when
   * restocked, NO_RESTOCK otherwise), a paid order's money returned, a pending payment voided.
   */
  public void cancel(Order order, String reason, boolean restock) {
    if (order.cancelledAt != null) {
      throw new IllegalStateException("order " + order.name() + " is already cancelled");
    }
    if (order.lines.stream().anyMatch(l -> l.fulfilled > 0)) {
      throw new IllegalStateException(
          "order " + order.name() + " has fulfilled units; cancel those first");
    }
    List<RefundRequest> all =
        order.lines.stream()
            .filter(l -> l.currentQuantity > 0)
            .map(l -> new RefundRequest(l, l.currentQuantity, restock ? "CANCEL" : "NO_RESTOCK"))
            .toList();
    order.voided = order.paid.signum() == 0;
    order.cancelledAt = shop.now();
    order.closedAt = order.cancelledAt;
    order.cancelReason = reason;
    if (!all.isEmpty()) {
      refund(order, all, "Order canceled");
    } else {
      orders.touch(order);
    }
    shop.events.order("orders/cancelled", order);
  }

  private static void addMove(
      List<Stock.Move> moves, LineItem line, Location at, String a, int da, String b, int db) {
    InventoryLevel level = Stock.levelFor(line.variant, at);
    if (level != null && (da != 0 || db != 0)) {
      moves.add(Stock.Move.of(level, a, da, b, db));
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }
}
