package dev.stockbook.store;

/**
 * Set the stock of one inventory item at one location.
 *
 * @param address where the quantity lives
 * @param sku the SKU, for reporting
 * @param quantity the quantity the store should show after the write
 * @param expectedQuantity what the engine believes the store shows now, or {@code null}. When
 *     given, a connector sends it along the way its store allows, so that a sale the store records
 *     at the same moment is never overwritten: as a relative change {@code quantity -
 *     expectedQuantity} (WooCommerce), or as a compare-and-swap from it (Shopify), answering the
 *     store's actual quantity when the swap was refused.
 */
public record StockWrite(StockAddress address, String sku, long quantity, Long expectedQuantity) {

  /** An absolute write. */
  public StockWrite(StockAddress address, String sku, long quantity) {
    this(address, sku, quantity, null);
  }

  public static StockWrite of(StoreProduct product, long quantity) {
    return new StockWrite(product.address(), product.sku(), quantity);
  }

  /** The relative change, when the current quantity is known. */
  public Long delta() {
    return expectedQuantity == null ? null : quantity - expectedQuantity;
  }
}
