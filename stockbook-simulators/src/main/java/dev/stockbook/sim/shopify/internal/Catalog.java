package dev.stockbook.sim.shopify.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Locations, products, variants and inventory items, by id; SKU lookups. */
public final class Catalog {
  private final Shop shop;
  public final Map<Long, Location> locations = new LinkedHashMap<>();
  public final Map<Long, Product> products = new LinkedHashMap<>();
  public final Map<Long, Variant> variants = new LinkedHashMap<>();
  public final Map<Long, InventoryItem> items = new LinkedHashMap<>();

  Catalog(Shop shop) {
    this.shop = shop;
  }

  public Location addLocation(String name) {
    Location location = new Location(shop.nextId(), name, shop.now());
    locations.put(location.id, location);
    return location;
  }

  /** The first active location: where online orders are assigned unless told otherwise. */
  public Location primaryLocation() {
    return locations.values().stream()
        .filter(l -> l.isActive)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the shop has no active location"));
  }

  public Product addProduct(String title) {
    String handle = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    Product product = new Product(shop.nextId(), title, handle, shop.now());
    products.put(product.id, product);
    return product;
  }

  /** A variant with a tracked inventory item, not yet stocked anywhere. */
  public Variant addVariant(Product product, String title, String sku, BigDecimal price) {
    if (sku != null && bySku(sku).isPresent()) {
      throw new IllegalArgumentException("SKU " + sku + " is already used by another variant");
    }
    Variant variant = new Variant(shop.nextId(), product, title, sku, price, shop.now());
    variant.inventoryItem = new InventoryItem(shop.nextId(), variant, shop.now());
    product.variants.add(variant);
    variants.put(variant.id, variant);
    items.put(variant.inventoryItem.id, variant.inventoryItem);
    return variant;
  }

  /** Stocks the item at the location (activates a level) with this many available units. */
  public InventoryLevel stock(InventoryItem item, Location location, int available) {
    InventoryLevel level =
        item.levels.computeIfAbsent(
            location.id, id -> new InventoryLevel(item, location, shop.now()));
    level.add("available", available, shop.now());
    level.add("on_hand", available, shop.now());
    return level;
  }

  public Optional<Variant> bySku(String sku) {
    return variants.values().stream().filter(v -> sku.equals(v.sku)).findFirst();
  }

  public Variant requireSku(String sku) {
    return bySku(sku).orElseThrow(() -> new IllegalArgumentException("no variant with SKU " + sku));
  }

  public Location requireLocation(String name) {
    return locations.values().stream()
        .filter(l -> l.name.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no location named " + name));
  }

  /** Deletes a variant, its inventory item and levels; orders keep their lines without it. */
  public void deleteVariant(Variant variant) {
    variant.product.variants.remove(variant);
    variants.remove(variant.id);
    items.remove(variant.inventoryItem.id);
    for (Order order : shop.orders.values()) {
      order.lines.stream().filter(l -> l.variant == variant).forEach(l -> l.variant = null);
    }
  }

  public List<InventoryLevel> levels() {
    return items.values().stream().flatMap(i -> i.levels.values().stream()).toList();
  }
}
