package dev.stockbook.sim.shopify.internal;

import java.time.Instant;

/** One named quantity of a level, as InventoryLevel.quantities returns it. */
public record InventoryQuantity(String id, String name, int quantity, Instant updatedAt) {
  public static InventoryQuantity of(InventoryLevel level, String name) {
    String id =
        Gid.of("InventoryQuantity", level.location.id)
            + "?inventory_item_id="
            + level.item.id
            + "&name="
            + name;
    return new InventoryQuantity(id, name, level.get(name), level.changedAt(name));
  }
}
