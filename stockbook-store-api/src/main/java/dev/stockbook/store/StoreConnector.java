package dev.stockbook.store;

import java.util.Collection;
import java.util.List;

/**
 * What the sync engine needs from an online store. A connector reads and writes; it never stores
 * progress, never sleeps and never retries: the engine owns cursors and retry policy. Failures are
 * thrown as {@link RetriableStoreException} or {@link PermanentStoreException}.
 */
public interface StoreConnector extends AutoCloseable {

  /**
   * One page of orders modified at or after {@code cursor.modifiedSince()}, oldest first with a
   * stable tie-break, starting where {@code cursor.position()} says (the listing's start when
   * null). {@link OrderPage#next()} is the cursor for the following page; the engine hands it back
   * unread, and remembers only the newest modification it saw.
   */
  OrderPage ordersChangedSince(OrderCursor cursor);

  /** Orders by store id (webhooks, operator replays). Unknown ids are left out of the result. */
  List<StoreOrder> ordersById(Collection<String> orderIds);

  /** Products and variations whose SKU is among {@code skus} (exact match). */
  List<StoreProduct> productsBySku(Collection<String> skus);

  /**
   * Sets stock quantities, as few requests as the store allows. A write that carries the quantity
   * the engine expects is sent so that a concurrent sale is never overwritten (see {@link
   * StockWrite}). Each write gets its own result; one rejected write never fails the others.
   */
  List<StockWriteResult> writeStock(List<StockWrite> writes);

  /** Every product and variation that carries a SKU (reconciliation, first binding). */
  List<StoreProduct> allProducts();

  @Override
  default void close() {}
}
