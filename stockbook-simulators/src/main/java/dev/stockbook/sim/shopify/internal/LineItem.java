package dev.stockbook.sim.shopify.internal;

import java.math.BigDecimal;

/**
 * An order line. {@code quantity} counts every unit ever ordered (Shopify keeps removed and
 * refunded units in it); {@code currentQuantity} excludes those.
 */
public final class LineItem {
  public final long id;

  /** Null once the variant is deleted; the line keeps its title and SKU. */
  public Variant variant;

  public final long productId;
  public final String title;
  public final String variantTitle;
  public final String sku;
  public final BigDecimal unitPrice;
  public int quantity;
  public int currentQuantity;
  public int fulfilled;

  /** Shipped units later refunded (returned, or refunded without coming back). */
  public int shippedRefunded;

  /** Units taken off the order without a refund (order edits that lowered the quantity). */
  public int removed;

  public LineItem(long id, Variant variant, int quantity) {
    this.id = id;
    this.variant = variant;
    this.productId = variant.product.id;
    this.title = variant.product.title;
    this.variantTitle = "Default Title".equals(variant.title) ? null : variant.title;
    this.sku = variant.sku;
    this.unitPrice = variant.price;
    this.quantity = quantity;
    this.currentQuantity = quantity;
  }

  public String gid() {
    return Gid.of("LineItem", id);
  }

  public String name() {
    return variantTitle == null ? title : title + " - " + variantTitle;
  }

  /** Units still to ship: current units not yet fulfilled. */
  public int unfulfilled() {
    return Math.max(0, currentQuantity - shipped());
  }

  /** Shipped units the customer keeps. */
  public int shipped() {
    return fulfilled - shippedRefunded;
  }

  public BigDecimal currentTotal() {
    return Money.times(unitPrice, currentQuantity);
  }

  /** Units ordered less units an edit removed (refunded units are still in it). */
  public BigDecimal soldTotal() {
    return Money.times(unitPrice, quantity - removed);
  }

  public BigDecimal originalTotal() {
    return Money.times(unitPrice, quantity);
  }
}
