package dev.stockbook.sim.shopify.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A product variant; every variant has exactly one inventory item. */
public final class Variant {
  public final long id;
  public final Product product;
  public String title;
  public String sku;
  public BigDecimal price;

  /** DENY refuses checkout beyond the available quantity, CONTINUE oversells. */
  public String inventoryPolicy = "DENY";

  public InventoryItem inventoryItem;
  public final Instant createdAt;
  public Instant updatedAt;

  public Variant(
      long id, Product product, String title, String sku, BigDecimal price, Instant now) {
    this.id = id;
    this.product = product;
    this.title = title;
    this.sku = sku;
    this.price = price;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public String gid() {
    return Gid.of("ProductVariant", id);
  }

  /** "T-Shirt - S", or the product title alone for a default variant. */
  public String displayName() {
    return "Default Title".equals(title) ? product.title : product.title + " - " + title;
  }
}
