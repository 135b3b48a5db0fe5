package dev.stockbook.store;

/**
 * Set the stock of one product or variation.
 *
 * @param productId the product id (the parent for a variation)
 * @param variationId the variation id or {@code null}
 * @param sku the SKU, for reporting
 * @param quantity the quantity the store should show after the write
 * @param expectedQuantity what the engine believes the store shows now, or {@code null}. When
 *     given, a connector whose store supports relative writes may send the difference {@code
 *     quantity - expectedQuantity} instead of the absolute value, so that a sale the store records
 *     at the same moment is not overwritten (a lost update would let the store oversell).
 */
public record StockWrite(
    String productId, String variationId, String sku, long quantity, Long expectedQuantity) {

  /** An absolute write. */
  public StockWrite(String productId, String variationId, String sku, long quantity) {
    this(productId, variationId, sku, quantity, null);
  }

  public static StockWrite of(StoreProduct product, long quantity) {
    return new StockWrite(product.productId(), product.variationId(), product.sku(), quantity);
  }

  /** The relative change, when the current quantity is known. */
  public Long delta() {
    return expectedQuantity == null ? null : quantity - expectedQuantity;
  }
}
