package dev.stockbook.sim.shopify.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An item's quantities at one location, by state name. {@code on_hand} is kept equal to available +
 * committed + the unavailable states (reserved, damaged, quality_control, safety_stock), as Shopify
 * defines it; {@code incoming} is outside on_hand.
 */
public final class InventoryLevel {
  /** Every name {@code quantities(names:)} accepts. */
  public static final List<String> NAMES =
      List.of(
          "available",
          "on_hand",
          "committed",
          "reserved",
          "damaged",
          "quality_control",
          "safety_stock",
          "incoming");

  /** The states that count in on_hand but cannot be sold. */
  public static final List<String> UNAVAILABLE =
      List.of("reserved", "damaged", "quality_control", "safety_stock");

  public final InventoryItem item;
  public final Location location;
  public final Instant createdAt;
  private final Map<String, Integer> quantities = new LinkedHashMap<>();
  private final Map<String, Instant> changedAt = new LinkedHashMap<>();

  public InventoryLevel(InventoryItem item, Location location, Instant now) {
    this.item = item;
    this.location = location;
    this.createdAt = now;
    NAMES.forEach(n -> quantities.put(n, 0));
  }

  public int get(String name) {
    return quantities.getOrDefault(name, 0);
  }

  /** Moves one state by {@code delta}; the caller keeps on_hand consistent. */
  public void add(String name, int delta, Instant now) {
    quantities.merge(name, delta, Integer::sum);
    changedAt.put(name, now);
  }

  public Instant changedAt(String name) {
    return changedAt.get(name);
  }

  public Instant updatedAt() {
    return changedAt.values().stream().max(Instant::compareTo).orElse(createdAt);
  }

  /** {@code gid://shopify/InventoryLevel/<location>?inventory_item_id=<item>}, Shopify's form. */
  public String gid() {
    return Gid.of("InventoryLevel", location.id) + "?inventory_item_id=" + item.id;
  }
}
