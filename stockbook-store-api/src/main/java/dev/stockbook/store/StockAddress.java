package dev.stockbook.store;

/**
 * Where one quantity lives in the store: an inventory item at a location. A store with one stock
 * location and no separate inventory items (WooCommerce) uses {@link #single}; a store with
 * locations (Shopify) names both.
 *
 * @param productId the product id (the parent for a variation)
 * @param variationId the variation id, or {@code null} for a product without variations
 * @param inventoryItemId the store's id of what carries the stock (for a single-location store the
 *     product's or variation's own id)
 * @param locationId the store's location id, or {@code null} for the store's only location
 */
public record StockAddress(
    String productId, String variationId, String inventoryItemId, String locationId) {

  /** A product or variation of a store with one stock location, whose stock it carries itself. */
  public static StockAddress single(String productId, String variationId) {
    return new StockAddress(
        productId, variationId, variationId != null ? variationId : productId, null);
  }

  public boolean isVariation() {
    return variationId != null;
  }
}
