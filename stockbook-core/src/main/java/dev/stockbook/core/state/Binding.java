package dev.stockbook.core.state;

import dev.stockbook.store.StockAddress;

/**
 * The link between a store SKU and a QuickBooks item, unique per (connection, SKU).
 *
 * @param connection the connection name
 * @param sku the store SKU
 * @param booksItemId the QuickBooks item id
 * @param store where the SKU's stock lives in the store, or {@code null} while its store product is
 *     not known
 * @param tracked whether stock is published for it (QuickBooks inventory item, store manages stock)
 * @param origin how the binding came about
 */
public record Binding(
    String connection,
    String sku,
    String booksItemId,
    StockAddress store,
    boolean tracked,
    Origin origin) {

  /** Whether the store product of this SKU is known (stock can be written to it). */
  public boolean bound() {
    return store != null;
  }

  /**
   * This binding with its store product at {@code newStore}, published or not as {@code
   * nowTracked}.
   */
  public Binding withStore(StockAddress newStore, boolean nowTracked) {
    return new Binding(connection, sku, booksItemId, newStore, nowTracked, origin);
  }

  public enum Origin {
    /** Found by the match rule. */
    MATCHED,
    /** Stockbook created the QuickBooks item. */
    CREATED,
    /** An operator mapped it. */
    MAPPED
  }
}
