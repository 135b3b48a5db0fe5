package dev.stockbook.core.engine;

import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreOrder.Charge;
import dev.stockbook.store.StoreOrder.Coupon;
import dev.stockbook.store.StoreOrder.OrderLine;
import dev.stockbook.store.StoreRefund;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small typed builder of store orders; the total is computed unless set. */
final class OrderBuilder {
  private final String id;
  private String number;
  private String status = "paid";
  private String currency = "USD";
  private Instant createdAt = Instant.parse("2025-03-01T09:00:00Z");
  private Instant modifiedAt = createdAt;
  private boolean paid = true;
  private String paymentMethod = "stripe";
  private final List<OrderLine> lines = new ArrayList<>();
  private final List<Charge> shipping = new ArrayList<>();
  private final List<Charge> fees = new ArrayList<>();
  private final List<Coupon> coupons = new ArrayList<>();
  private final List<StoreRefund> refunds = new ArrayList<>();
  private BigDecimal tax = BigDecimal.ZERO;
  private BigDecimal total;

  private OrderBuilder(String id) {
    this.id = id;
    this.number = id;
  }

  static OrderBuilder order(String id) {
    return new OrderBuilder(id);
  }

  static OrderBuilder from(StoreOrder o) {
    OrderBuilder b = new OrderBuilder(o.id());
    b.number = o.number();
    b.status = o.status();
    b.currency = o.currency();
    b.createdAt = o.createdAt();
    b.modifiedAt = o.modifiedAt();
    b.paid = o.paid();
    b.paymentMethod = o.paymentMethod();
    b.lines.addAll(o.lines());
    b.shipping.addAll(o.shipping());
    b.fees.addAll(o.fees());
    b.coupons.addAll(o.coupons());
    b.refunds.addAll(o.refunds());
    b.tax = o.totalTax();
    b.total = o.total();
    return b;
  }

  OrderBuilder number(String value) {
    number = value;
    return this;
  }

  OrderBuilder status(String value) {
    status = value;
    return this;
  }

  OrderBuilder currency(String value) {
    currency = value;
    return this;
  }

  OrderBuilder unpaid() {
    paid = false;
    return this;
  }

  OrderBuilder at(Instant when) {
    createdAt = when;
    modifiedAt = when;
    return this;
  }

  OrderBuilder modifiedAt(Instant when) {
    modifiedAt = when;
    return this;
  }

  OrderBuilder line(String sku, String quantity, String unitPrice) {
    BigDecimal amount = new BigDecimal(quantity).multiply(new BigDecimal(unitPrice));
    return line(sku, quantity, amount.toPlainString(), amount.toPlainString());
  }

  OrderBuilder line(String sku, String quantity, String subtotal, String total) {
    return line(sku, "Name of " + sku, quantity, subtotal, total);
  }

  OrderBuilder line(String sku, String name, String quantity, String subtotal, String total) {
    lines.add(
        new OrderLine(
            "L" + (lines.size() + 1),
            "P-" + sku,
            null,
            sku,
            name,
            new BigDecimal(quantity),
            new BigDecimal(subtotal),
            new BigDecimal(total),
            BigDecimal.ZERO));
    return this;
  }

  /** A line taxed {@code tax} at the store's {@code rates}; the order's tax grows by it. */
  OrderBuilder taxedLine(String sku, String quantity, String total, String tax, String... rates) {
    line(sku, quantity, total, total);
    OrderLine plain = lines.remove(lines.size() - 1);
    lines.add(
        new OrderLine(
                plain.lineId(),
                plain.productId(),
                null,
                sku,
                plain.name(),
                plain.quantity(),
                plain.subtotal(),
                plain.total(),
                new BigDecimal(tax))
            .withTaxRates(List.of(rates)));
    this.tax = this.tax.add(new BigDecimal(tax));
    return this;
  }

  /** Shipping taxed {@code tax} at {@code rates}; the order's tax grows by it. */
  OrderBuilder taxedShipping(String name, String amount, String tax, String... rates) {
    shipping.add(
        new Charge(
            "S" + (shipping.size() + 1),
            name,
            new BigDecimal(amount),
            new BigDecimal(tax),
            List.of(rates)));
    this.tax = this.tax.add(new BigDecimal(tax));
    return this;
  }

  /** A fee taxed {@code tax} at {@code rates}; the order's tax grows by it. */
  OrderBuilder taxedFee(String name, String amount, String tax, String... rates) {
    fees.add(
        new Charge(
            "F" + (fees.size() + 1),
            name,
            new BigDecimal(amount),
            new BigDecimal(tax),
            List.of(rates)));
    this.tax = this.tax.add(new BigDecimal(tax));
    return this;
  }

  OrderBuilder addTax(BigDecimal amount) {
    tax = tax.add(amount);
    return this;
  }

  OrderBuilder paymentMethod(String method) {
    paymentMethod = method;
    return this;
  }

  OrderBuilder rawLine(OrderLine line) {
    lines.add(line);
    return this;
  }

  OrderBuilder shipping(String name, String amount) {
    shipping.add(
        new Charge("S" + (shipping.size() + 1), name, new BigDecimal(amount), BigDecimal.ZERO));
    return this;
  }

  OrderBuilder fee(String name, String amount) {
    fees.add(new Charge("F" + (fees.size() + 1), name, new BigDecimal(amount), BigDecimal.ZERO));
    return this;
  }

  OrderBuilder coupon(String code, String discount) {
    coupons.add(new Coupon("C" + (coupons.size() + 1), code, new BigDecimal(discount)));
    return this;
  }

  OrderBuilder tax(String amount) {
    tax = new BigDecimal(amount);
    return this;
  }

  /** The store total; {@code null} computes it from the lines, charges and tax. */
  OrderBuilder total(String amount) {
    total = amount == null ? null : new BigDecimal(amount);
    return this;
  }

  OrderBuilder refund(StoreRefund refund) {
    refunds.add(refund);
    return this;
  }

  /**
   * The test orders' status words are the lifecycle states' own names ({@code paid}, {@code
   * cancelled}...); any other word is a status of the store's own.
   */
  static OrderLifecycle lifecycle(String status) {
    return OrderLifecycle.fromConfigName(status).orElse(OrderLifecycle.OTHER);
  }

  StoreOrder build() {
    BigDecimal computed = tax;
    for (OrderLine l : lines) {
      computed = computed.add(l.total() == null ? BigDecimal.ZERO : l.total());
    }
    for (Charge c : shipping) {
      computed = computed.add(c.amount());
    }
    for (Charge c : fees) {
      computed = computed.add(c.amount());
    }
    return new StoreOrder(
        id,
        number,
        status,
        lifecycle(status),
        currency,
        createdAt,
        modifiedAt,
        paid,
        paymentMethod,
        new StoreOrder.Customer("", "", "", "", ""),
        lines,
        shipping,
        fees,
        coupons,
        tax,
        total != null ? total : computed,
        false,
        refunds);
  }
}
