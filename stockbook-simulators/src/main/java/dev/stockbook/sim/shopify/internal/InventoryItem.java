package dev.stockbook.sim.shopify.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What Shopify counts: one per variant, with a level per location it is stocked at. */
public final class InventoryItem {
  public final long id;
  public final Variant variant;
  public boolean tracked = true;
  public final Instant createdAt;
  public Instant updatedAt;

  /** By location id, in the order the item was stocked. */
  public final Map<Long, InventoryLevel> levels = new LinkedHashMap<>();

  public InventoryItem(long id, Variant variant, Instant now) {
    this.id = id;
    this.variant = variant;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public String gid() {
    return Gid.of("InventoryItem", id);
  }

  public String sku() {
    return variant.sku;
  }

  /** Sum of {@code available} over the locations: ProductVariant.inventoryQuantity. */
  public int available() {
    return levels.values().stream().mapToInt(l -> l.get("available")).sum();
  }
}
