package dev.stockbook.core.engine.stock;

import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.state.Binding;
import dev.stockbook.core.state.StockStatus;
import dev.stockbook.store.StockWriteResult;
import dev.stockbook.store.StoreProduct;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation of every store product against QuickBooks: one row per SKU with what it should
 * show and why; with {@code fix}, every difference is written.
 */
final class StockReconcile {
  private final SyncContext ctx;
  private final StockRecords records;
  private final StockWrites writes;

  StockReconcile(SyncContext ctx, StockRecords records, StockWrites writes) {
    this.ctx = ctx;
    this.records = records;
    this.writes = writes;
  }

  List<StockRow> reconcile(
      List<StoreProduct> products,
      Map<String, Binding> bindings,
      Map<String, BooksItem> byId,
      PendingQuantities pending,
      boolean fix) {
    List<StockRow> rows = new ArrayList<>();
    List<PlannedWrite> planned = new ArrayList<>();
    Map<String, Integer> rowOf = new HashMap<>();
    for (StoreProduct product : products) {
      StockRow row = row(product, bindings.get(product.sku()), byId, pending);
      rows.add(row);
      if (row.status() == StockStatus.DRIFT) {
        PlannedWrite write = drift(row, bindings.get(product.sku()), byId, pending);
        if (fix) {
          rowOf.put(product.sku(), rows.size() - 1);
          planned.add(write);
        }
      }
    }
    for (StockWriteResult result : writes.write(planned)) {
      int i = rowOf.get(result.write().sku());
      rows.set(i, fixed(rows.get(i), result));
    }
    return rows;
  }

  private StockRow row(
      StoreProduct product,
      Binding binding,
      Map<String, BooksItem> byId,
      PendingQuantities pending) {
    String sku = product.sku();
    long pendingQty = pending.of(sku).longValue();
    Long shows = product.managesStock() ? product.stockQuantity() : null;
    if (ctx.settings().excludedSkus().contains(sku)) {
      return unpublished(
          sku, pendingQty, shows, StockStatus.EXCLUDED, "Excluded from stock publishing.");
    } else if (binding == null && product.isParent()) {
      return unpublished(
          sku,
          pendingQty,
          shows,
          StockStatus.PARENT,
          "Its variations carry the stock; each has its own row.");
    } else if (binding == null) {
      return unpublished(
          sku, pendingQty, shows, StockStatus.UNBOUND, "No QuickBooks item matches this SKU.");
    } else if (!binding.tracked() || shows == null || !byId.containsKey(binding.booksItemId())) {
      return unpublished(
          sku,
          pendingQty,
          shows,
          StockStatus.NOT_MANAGED,
          "Stock is not tracked on both sides (QuickBooks inventory item and store stock"
              + " management).");
    }
    StockTarget target =
        StockTarget.of(byId.get(binding.booksItemId()), sku, pending.of(sku), ctx.settings());
    boolean same = target.quantity() == shows;
    records.save(
        sku,
        target.booksOnHand(),
        null,
        shows,
        same ? StockStatus.IN_SYNC : StockStatus.DRIFT,
        same
            ? target.note()
            : "The store shows " + shows + " but should show " + target.quantity() + ".");
    return new StockRow(
        sku,
        target.booksOnHand(),
        target.pending(),
        target.quantity(),
        shows,
        same ? StockStatus.IN_SYNC : StockStatus.DRIFT,
        target.note());
  }

  private PlannedWrite drift(
      StockRow row, Binding binding, Map<String, BooksItem> byId, PendingQuantities pending) {
    StockTarget target =
        StockTarget.of(
            byId.get(binding.booksItemId()), row.sku(), pending.of(row.sku()), ctx.settings());
    return new PlannedWrite(
        binding,
        target,
        row.storeShows(),
        "The store showed "
            + row.storeShows()
            + " but should show "
            + target.quantity()
            + " (edited in the store?); Stockbook wrote "
            + target.quantity()
            + ".");
  }

  private static StockRow fixed(StockRow row, StockWriteResult result) {
    return new StockRow(
        row.sku(),
        row.booksOnHand(),
        row.pending(),
        row.shouldShow(),
        result.ok() ? result.storeQuantity() : row.storeShows(),
        result.ok() ? StockStatus.FIXED : StockStatus.ERROR,
        result.error());
  }

  /** A row of a SKU Stockbook does not publish, and why. */
  private static StockRow unpublished(
      String sku, long pending, Long shows, StockStatus status, String note) {
    return new StockRow(sku, null, pending, null, shows, status, note);
  }
}
