package dev.stockbook.store;

/**
 * A product or variation in the store.
 *
 * @param address where its stock lives
 * @param sku the SKU, never empty here
 * @param name the display name
 * @param managesStock whether stock is tracked for this exact product or variation; a variation
 *     whose stock its parent manages reports {@code false}
 * @param stockQuantity the current quantity, {@code null} when not managed
 * @param kind what the store calls the product type (simple, variation, variable, ...), for people
 * @param role whether this carries stock of its own or only groups variations that do
 */
public record StoreProduct(
    StockAddress address,
    String sku,
    String name,
    boolean managesStock,
    Long stockQuantity,
    String kind,
    Role role) {

  /** What a product is for stock. */
  public enum Role {
    /** Sold as it is: a simple product or one variation. */
    ITEM,
    /**
     * The parent of variations (a variable product): its stock is on its variations, so having no
     * QuickBooks item of its own is expected, not a problem.
     */
    PARENT
  }

  public String productId() {
    return address.productId();
  }

  public String variationId() {
    return address.variationId();
  }

  public boolean isVariation() {
    return address.isVariation();
  }

  public boolean isParent() {
    return role == Role.PARENT;
  }
}
