package dev.stockbook.core.engine.stock;

import dev.stockbook.core.books.BooksChanges;
import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.state.Binding;
import dev.stockbook.core.state.CursorRepository.Cursor;
import dev.stockbook.core.state.StockStatus;
import dev.stockbook.store.StoreProduct;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes QuickBooks' stock to the store. Incrementally: the items QuickBooks reports changed
 * since the engine's cursor, plus the SKUs of orders that moved, are re-read in batches and written
 * where the number differs from what the store shows; SKUs whose last write may or may not have
 * landed (a retriable failure forgets what the store shows) are tried again on every cycle, from a
 * fresh read. Periodically (and on the first cycle, or when a change cannot be traced) a full sweep
 * compares every SKU on both sides.
 */
public final class StockPublisher {
  static final String CHANGES_CURSOR = "books.changes";
  static final String SWEEP_CURSOR = "stock.sweep";

  /**
   * QuickBooks stamps changes to the second and may commit a change after the answer's time: each
   * read starts this much before the cursor. Items seen twice cost a re-read, never a wrong write.
   */
  static final Duration CHANGES_OVERLAP = Duration.ofSeconds(60);

  private final SyncContext ctx;
  private final StockPlan plan;
  private final StockWrites writes;
  private final StockReconcile reconcile;

  public StockPublisher(SyncContext ctx) {
    this.ctx = ctx;
    StockRecords records = new StockRecords(ctx);
    this.plan = new StockPlan(ctx, records);
    this.writes = new StockWrites(ctx, records);
    this.reconcile = new StockReconcile(ctx, records, writes);
  }

  /** One publishing pass; returns how many quantities were written. */
  public int publish(Collection<String> skusOfMovedOrders, boolean forceSweep) {
    Optional<Cursor> cursor = ctx.state().cursors().get(ctx.connection(), CHANGES_CURSOR);
    if (cursor.isEmpty() || forceSweep || sweepDue()) {
      return (int) sweep(true).stream().filter(r -> r.status() == StockStatus.FIXED).count();
    }
    BooksChanges changes =
        ctx.books().changesSince(Instant.parse(cursor.get().value()).minus(CHANGES_OVERLAP));
    if (changes.sweepNeeded()) {
      return (int) sweep(true).stream().filter(r -> r.status() == StockStatus.FIXED).count();
    }
    // only the rows that matter are read (indexed), never the whole catalog: a cycle's cost follows
    // what changed, not how many SKUs there are
    Set<String> skus = new HashSet<>(skusOfMovedOrders);
    skus.remove(null); // a line without a SKU (parked with its order) has nothing to publish
    ctx
        .state()
        .stock()
        .withStatus(
            ctx.connection(), List.of(StockStatus.ERROR, StockStatus.WRITING, StockStatus.UNKNOWN))
        .stream()
        .filter(r -> r.storeQuantity() == null)
        .forEach(r -> skus.add(r.sku()));
    List<Binding> found =
        new ArrayList<>(ctx.state().bindings().forItems(ctx.connection(), changes.itemIds()));
    found.addAll(ctx.state().bindings().forSkus(ctx.connection(), skus));
    found.sort(Comparator.comparing(Binding::sku));
    Map<String, Binding> candidates = new LinkedHashMap<>();
    for (Binding b : found) {
      if (b.tracked()) {
        candidates.putIfAbsent(b.sku(), b);
      }
    }
    int written =
        writes
            .write(
                plan.plan(
                    candidates.values(),
                    itemsById(candidates.values()),
                    PendingQuantities.load(ctx)))
            .size();
    moveCursor(CHANGES_CURSOR, cursor.get().version(), changes.until().toString());
    return written;
  }

  /**
   * Compares every SKU of the store with QuickBooks (fresh reads on both sides); with {@code fix}
   * writes every difference. Binds SKUs the match rule finds. Returns the reconciliation table.
   */
  public List<StockRow> sweep(boolean fix) {
    Optional<Cursor> changes = ctx.state().cursors().get(ctx.connection(), CHANGES_CURSOR);
    Instant since =
        changes.map(c -> Instant.parse(c.value())).orElse(ctx.clock().instant().minusSeconds(3600));
    Instant until = ctx.books().changesSince(since).until();
    Map<String, BooksItem> byKey = new HashMap<>();
    Map<String, BooksItem> byId = new HashMap<>();
    for (BooksItem item : ctx.books().inventoryItems()) {
      byKey.put(ctx.settings().matchRule().keyOf(item), item);
      byId.put(item.id(), item);
    }
    PendingQuantities pending = PendingQuantities.load(ctx);
    List<StoreProduct> products = ctx.store().allProducts();
    List<StockRow> rows =
        reconcile.reconcile(products, bindAll(products, byKey), byId, pending, fix);
    if (fix) {
      moveCursor(CHANGES_CURSOR, changes.map(Cursor::version).orElse(0L), until.toString());
      Optional<Cursor> sweep = ctx.state().cursors().get(ctx.connection(), SWEEP_CURSOR);
      moveCursor(
          SWEEP_CURSOR, sweep.map(Cursor::version).orElse(0L), ctx.clock().instant().toString());
    }
    return rows;
  }

  /**
   * Binds every store SKU that has a matching QuickBooks item and no binding yet; returns all
   * bindings by SKU.
   */
  private Map<String, Binding> bindAll(List<StoreProduct> products, Map<String, BooksItem> byKey) {
    Map<String, Binding> bindings = new HashMap<>();
    ctx.state().bindings().all(ctx.connection()).forEach(b -> bindings.put(b.sku(), b));
    for (StoreProduct product : products) {
      Binding known = bindings.get(product.sku());
      BooksItem item = byKey.get(product.sku());
      Binding wanted =
          known != null
              ? new Binding(
                  known.connection(),
                  known.sku(),
                  known.booksItemId(),
                  product.address(),
                  product.managesStock()
                      && (item == null
                          || item.isInventory()
                          || known.origin() != Binding.Origin.MATCHED),
                  known.origin())
              : item == null
                  ? null
                  : new Binding(
                      ctx.connection(),
                      product.sku(),
                      item.id(),
                      product.address(),
                      item.isInventory() && product.managesStock(),
                      Binding.Origin.MATCHED);
      if (wanted != null && !wanted.equals(known)) {
        ctx.state().bindings().save(wanted);
        bindings.put(wanted.sku(), wanted);
      }
    }
    return bindings;
  }

  private Map<String, BooksItem> itemsById(Collection<Binding> bindings) {
    Map<String, BooksItem> items = new HashMap<>();
    if (!bindings.isEmpty()) {
      ctx.books()
          .itemsById(bindings.stream().map(Binding::booksItemId).distinct().toList())
          .forEach(i -> items.put(i.id(), i));
    }
    return items;
  }

  private boolean sweepDue() {
    return ctx.state()
        .cursors()
        .get(ctx.connection(), SWEEP_CURSOR)
        .map(
            c ->
                Instant.parse(c.value())
                    .plus(ctx.settings().sweepInterval())
                    .isBefore(ctx.clock().instant()))
        .orElse(true);
  }

  private void moveCursor(String name, long version, String value) {
    ctx.state().cursors().compareAndSet(ctx.connection(), name, version, value);
  }
}
