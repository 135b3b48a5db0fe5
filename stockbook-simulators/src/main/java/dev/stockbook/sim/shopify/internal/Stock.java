package dev.stockbook.sim.shopify.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every change of an inventory quantity goes through here: it moves the states at a level, records
 * what changed (InventoryChange) and, once per batch, stamps the item, variant and product and
 * fires inventory_levels/update (when {@code available} moved) and products/update.
 */
public final class Stock {
  /** One state's change at one level, as InventoryChange reports it. */
  public record Change(
      String name, int delta, int quantityAfterChange, InventoryLevel level, String ledgerDoc) {}

  /** Moves to make at one level: state name to delta. */
  public record Move(InventoryLevel level, Map<String, Integer> deltas, String ledgerDoc) {
    public static Move of(InventoryLevel level, String name, int delta) {
      return new Move(level, Map.of(name, delta), null);
    }

    public static Move of(InventoryLevel level, String a, int da, String b, int db) {
      Map<String, Integer> deltas = new LinkedHashMap<>();
      deltas.put(a, da);
      deltas.put(b, db);
      return new Move(level, deltas, null);
    }
  }

  private final Shop shop;

  public Stock(Shop shop) {
    this.shop = shop;
  }

  /** Applies the moves; returns the non-zero changes in order. */
  public List<Change> apply(List<Move> moves) {
    Instant now = shop.now();
    List<Change> changes = new ArrayList<>();
    Set<InventoryLevel> availableMoved = new LinkedHashSet<>();
    Set<Product> products = new LinkedHashSet<>();
    for (Move move : moves) {
      for (Map.Entry<String, Integer> d : move.deltas().entrySet()) {
        if (d.getValue() == 0) {
          continue;
        }
        move.level().add(d.getKey(), d.getValue(), now);
        changes.add(
            new Change(
                d.getKey(),
                d.getValue(),
                move.level().get(d.getKey()),
                move.level(),
                move.ledgerDoc()));
        if ("available".equals(d.getKey())) {
          availableMoved.add(move.level());
        }
        stamp(move.level().item, now);
        products.add(move.level().item.variant.product);
      }
    }
    availableMoved.forEach(shop.events::inventoryLevel);
    products.forEach(shop.events::product);
    return changes;
  }

  private static void stamp(InventoryItem item, Instant now) {
    item.updatedAt = now;
    item.variant.updatedAt = now;
    item.variant.product.updatedAt = now;
  }

  /** The level of the variant's item at the location, or null (untracked items are never moved). */
  public static InventoryLevel levelFor(Variant variant, Location location) {
    if (variant == null || !variant.inventoryItem.tracked) {
      return null;
    }
    return variant.inventoryItem.levels.get(location.id);
  }
}
