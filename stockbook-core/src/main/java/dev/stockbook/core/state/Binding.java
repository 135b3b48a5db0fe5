package dev.stockbook.core.state;

/**
 * The link between a store SKU and a QuickBooks item, unique per (connection, SKU).
 *
 * @param connection the connection name
 * @param sku the store SKU
 * @param booksItemId the QuickBooks item id
 * @param storeProductId the store product id (the parent for a variation)
 * @param storeVariationId the store variation id or {@code null}
 * @param tracked whether stock is published for it (QuickBooks inventory item, store manages stock)
 * @param origin how the binding came about
 */
public record Binding(
    String connection,
    String sku,
    String booksItemId,
    String storeProductId,
    String storeVariationId,
    boolean tracked,
    Origin origin) {

  public enum Origin {
    /** Found by the match rule. */
    MATCHED,
    /** Stockbook created the QuickBooks item. */
    CREATED,
    /** An operator mapped it. */
    MAPPED
  }
}
