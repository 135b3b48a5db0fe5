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
import java.util.Optional;

/**
 * The reconciliation of every store product against QuickBooks: one row per SKU with what it should
 * show and why; with {@code fix}, every difference is written.
 */
final class StockReconcile {
  private static final String NOT_TRACKED_ON_BOTH_SIDES =
      "Stock is not tracked on both sides (QuickBooks inventory item and store stock management).";

  private final SyncContext ctx;
  private final StockRecords records;
  private final StockWrites writes;

  StockReconcile(SyncContext ctx, StockRecords records, StockWrites writes) {
    this.ctx = ctx;
    this.records = records;
    this.writes = writes;
  }

  /** What the sweep knows of both sides: bindings by SKU, QuickBooks items by id, pending units. */
  private record Sides(
      Map<String, Binding> bindings, Map<String, BooksItem> itemsById, PendingQuantities pending) {

    BooksItem itemOf(Binding binding) {
      return itemsById.get(binding.booksItemId());
    }
  }

  List<StockRow> reconcile(
      List<StoreProduct> products,
      Map<String, Binding> bindings,
      Map<String, BooksItem> byId,
      PendingQuantities pending,
      boolean fix) {
    Sides sides = new Sides(bindings, byId, pending);
    List<StockRow> rows = new ArrayList<>();
    products.forEach(product -> rows.add(row(product, sides)));
    if (fix) {
      fixDrift(rows, sides);
    }
    return rows;
  }

  /** Writes what every drifted row should show, and puts the outcome in its row. */
  private void fixDrift(List<StockRow> rows, Sides sides) {
    List<PlannedWrite> planned = new ArrayList<>();
    Map<String, Integer> rowOf = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).status() == StockStatus.DRIFT) {
        rowOf.put(rows.get(i).sku(), i);
        planned.add(drift(rows.get(i), sides));
      }
    }
    for (StockWriteResult result : writes.write(planned)) {
      int i = rowOf.get(result.write().sku());
      rows.set(i, fixed(rows.get(i), result));
    }
  }

  private StockRow row(StoreProduct product, Sides sides) {
    String sku = product.sku();
    Binding binding = sides.bindings().get(sku);
    Long shows = product.managesStock() ? product.stockQuantity() : null;
    Optional<StockOutcome> unpublished = whyUnpublished(product, binding, shows, sides);
    if (unpublished.isPresent()) {
      long pending =
          (binding == null ? sides.pending().of(sku) : sides.pending().of(binding)).longValue();
      return new StockRow(
          sku, null, pending, null, shows, unpublished.get().status(), unpublished.get().message());
    }
    return compared(sku, target(sku, binding, sides), shows);
  }

  /** Why Stockbook does not publish a store product's stock, if it does not. */
  private Optional<StockOutcome> whyUnpublished(
      StoreProduct product, Binding binding, Long shows, Sides sides) {
    if (ctx.settings().excludedSkus().contains(product.sku())) {
      return because(StockStatus.EXCLUDED, "Excluded from stock publishing.");
    } else if (binding == null && product.isParent()) {
      return because(StockStatus.PARENT, "Its variations carry the stock; each has its own row.");
    } else if (binding == null) {
      return because(StockStatus.UNBOUND, "No QuickBooks item matches this SKU.");
    } else if (!binding.tracked()
        || shows == null
        || !sides.itemsById().containsKey(binding.booksItemId())) {
      return because(StockStatus.NOT_MANAGED, NOT_TRACKED_ON_BOTH_SIDES);
    }
    return Optional.empty();
  }

  private static Optional<StockOutcome> because(StockStatus status, String message) {
    return Optional.of(StockOutcome.of(status, message));
  }

  /** The row of a published SKU, recorded as in sync or drifted. */
  private StockRow compared(String sku, StockTarget target, long shows) {
    boolean same = target.quantity() == shows;
    StockStatus status = same ? StockStatus.IN_SYNC : StockStatus.DRIFT;
    String message =
        same
            ? target.note()
            : "The store shows " + shows + " but should show " + target.quantity() + ".";
    records.save(
        sku, StockOutcome.of(status, message).withBooks(target.booksOnHand()).withShows(shows));
    return publishedRow(sku, target, shows, status);
  }

  private static StockRow publishedRow(
      String sku, StockTarget target, long shows, StockStatus status) {
    return new StockRow(
        sku,
        target.booksOnHand(),
        target.pending(),
        target.quantity(),
        shows,
        status,
        target.note());
  }

  private StockTarget target(String sku, Binding binding, Sides sides) {
    return StockTarget.of(sides.itemOf(binding), sku, sides.pending().of(binding), ctx.settings());
  }

  private PlannedWrite drift(StockRow row, Sides sides) {
    Binding binding = sides.bindings().get(row.sku());
    StockTarget target = target(row.sku(), binding, sides);
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
}
