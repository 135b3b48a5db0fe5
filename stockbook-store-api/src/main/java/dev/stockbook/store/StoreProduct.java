package dev.stockbook.store;

/**
 * A sellable product or variation in the store.
 *
 * @param productId the product id (for a variation: the parent product id)
 * @param variationId the variation id, {@code null} for a product that is not a variation
 * @param sku the SKU, never empty here
 * @param name the display name
 * @param managesStock whether stock is tracked for this exact product or variation; a variation
 *     whose stock is managed by its parent reports {@code false} and {@code stockOwnerId} = parent
 * @param stockQuantity the current quantity, {@code null} when not managed
 * @param kind what the store calls the product type (simple, variation, variable, grouped, ...)
 */
public record StoreProduct(
    String productId,
    String variationId,
    String sku,
    String name,
    boolean managesStock,
    Long stockQuantity,
    String kind) {

  public boolean isVariation() {
    return variationId != null;
  }
}
