package dev.stockbook.store;

/**
 * Set the stock of one product or variation to an absolute quantity.
 *
 * @param productId the product id (the parent for a variation)
 * @param variationId the variation id or {@code null}
 * @param sku the SKU, for reporting
 * @param quantity the new absolute quantity
 */
public record StockWrite(String productId, String variationId, String sku, long quantity) {

  public static StockWrite of(StoreProduct product, long quantity) {
    return new StockWrite(product.productId(), product.variationId(), product.sku(), quantity);
  }
}
