package dev.stockbook.sim.shopify.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A product and its variants (a product without options has one "Default Title" variant). */
public final class Product {
  public final long id;
  public String title;
  public final String handle;
  public String status = "ACTIVE";
  public final Instant createdAt;
  public Instant updatedAt;
  public final List<Variant> variants = new ArrayList<>();

  public Product(long id, String title, String handle, Instant now) {
    this.id = id;
    this.title = title;
    this.handle = handle;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public String gid() {
    return Gid.of("Product", id);
  }
}
