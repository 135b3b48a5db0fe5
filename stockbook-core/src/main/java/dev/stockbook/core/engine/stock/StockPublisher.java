package dev.stockbook.core.engine.stock;

import dev.stockbook.core.books.BooksChanges;
import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.books.MatchRule;
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
import java.util.function.BooleanSupplier;

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
    return publish(skusOfMovedOrders, forceSweep, NO_MORE);
  }

  /** A pass that is told of no changes while it writes: each write waits for the one before. */
  public static final BooleanSupplier NO_MORE = () -> false;

  /** How often a pass with a write on its way asks whether QuickBooks has told of more changes. */
  static final Duration ASK_EVERY = Duration.ofMillis(50);

  /** How long a pass keeps taking more changes while it writes; then the turn ends as usual. */
  static final Duration TAKE_MORE_FOR = Duration.ofSeconds(10);

  /**
   * One publishing pass; returns how many quantities were written. While a write is with the store,
   * {@code moreChanges} is asked (every {@link #ASK_EVERY}) whether QuickBooks has told of more
   * changes since the pass began, taking them if so: then the change feed is read again and the
   * SKUs it names are written at once, beside the write on its way, or, for a SKU of that write, as
   * soon as it has landed. A sale posted while a one-second store write is on its way is published
   * without waiting for it; a SKU's writes still go one at a time, in order. Each such read also
   * looks at what the other stores of the company sold ({@link OtherStoresSales}): their wake comes
   * the same way, so a sale one of them parked while the write is on its way is written beside it.
   */
  public int publish(
      Collection<String> skusOfMovedOrders, boolean forceSweep, BooleanSupplier moreChanges) {
    Optional<Cursor> cursor = cursor(CHANGES_CURSOR);
    if (cursor.isEmpty() || forceSweep || sweepDue()) {
      return fixedBySweep();
    }
    Instant since = Instant.parse(cursor.get().value()).minus(CHANGES_OVERLAP);
    OtherStoresSales others = OtherStoresSales.load(ctx);
    BooksChanges changes = ctx.books().changesSince(since);
    if (changes.sweepNeeded()) {
      return fixedBySweep();
    }
    Pass pass = new Pass(cursor.get().version(), since, changes.until(), others);
    return pass.run(changes.itemIds(), skusOfMovedOrders, moreChanges);
  }

  /**
   * A pass for what the other stores of the company sold (or stopped selling) and QuickBooks has
   * not seen: only the items whose part changed since this connection last published it, without
   * reading QuickBooks' change feed (nothing there has moved; a change told of while a write is on
   * its way is still taken, as in {@link #publish(Collection, boolean, BooleanSupplier)}). Costs
   * one QuickBooks read when something changed, none otherwise. Before the first full sweep there
   * is nothing to compare with: nothing is done.
   */
  public int publishOtherStoresSales(BooleanSupplier moreChanges) {
    Optional<Cursor> cursor = cursor(CHANGES_CURSOR);
    if (cursor.isEmpty()) {
      return 0;
    }
    Instant since = Instant.parse(cursor.get().value()).minus(CHANGES_OVERLAP);
    Pass pass = new Pass(cursor.get().version(), since, null, OtherStoresSales.load(ctx));
    return pass.run(Set.of(), List.of(), moreChanges);
  }

  /** One incremental pass; {@code until} is where the change-feed cursor moves (null: stays). */
  private final class Pass {
    private final long cursorVersion;
    private final Instant since;
    private final OtherStoresSales others;
    private Instant until;

    Pass(long cursorVersion, Instant since, Instant until, OtherStoresSales others) {
      this.cursorVersion = cursorVersion;
      this.since = since;
      this.until = until;
      this.others = others;
    }

    int run(
        Collection<String> itemIds,
        Collection<String> skusOfMovedOrders,
        BooleanSupplier moreChanges) {
      Set<String> otherStores = otherStoresChanged(others);
      Collection<Binding> candidates = candidates(itemIds, skusOfMovedOrders, otherStores);
      List<PlannedWrite> planned = plan(candidates, otherStores, others);
      if (moreChanges == NO_MORE) {
        int written = writes.write(planned).size();
        finish();
        return written;
      }
      boolean sweepAfter = false;
      int written;
      try (OverlappingWrites onTheirWay = new OverlappingWrites(writes, ctx.connection())) {
        onTheirWay.send(planned);
        Instant takeUntil = ctx.clock().instant().plus(TAKE_MORE_FOR);
        Map<String, Binding> waiting = new LinkedHashMap<>();
        while (onTheirWay.busy() || !waiting.isEmpty()) {
          onTheirWay.awaitSome(ASK_EVERY);
          boolean taking = !sweepAfter && ctx.clock().instant().isBefore(takeUntil);
          if (taking && moreChanges.getAsBoolean()) {
            BooksChanges more = ctx.books().changesSince(since);
            sweepAfter = more.sweepNeeded();
            if (!sweepAfter) {
              until = more.until();
              Set<String> othersMoved = otherStoresChanged(others);
              Collection<Binding> found = candidates(more.itemIds(), List.of(), othersMoved);
              found.forEach(b -> waiting.put(b.sku(), b));
              Set<String> unpublished = new HashSet<>(othersMoved);
              found.forEach(b -> unpublished.remove(b.booksItemId()));
              others.nothingToPublish(unpublished);
            }
          }
          List<Binding> ready =
              waiting.values().stream().filter(b -> !onTheirWay.onItsWay(b.sku())).toList();
          if (!ready.isEmpty()) {
            ready.forEach(b -> waiting.remove(b.sku()));
            onTheirWay.send(plan(ready, Set.of(), others));
          }
        }
        written = onTheirWay.finish().size();
      }
      finish();
      return sweepAfter ? written + fixedBySweep() : written;
    }

    private void finish() {
      if (until != null) {
        moveCursor(CHANGES_CURSOR, cursorVersion, until.toString());
      }
      others.save();
    }
  }

  /**
   * The items whose part sold by the other stores of the company has changed since this connection
   * last published it (nothing to look at without such stores).
   */
  private Set<String> otherStoresChanged(OtherStoresSales others) {
    return others.relevant()
        ? others.changedItems(PendingQuantities.otherStoresOnly(ctx))
        : Set.of();
  }

  /**
   * Reads the candidates' items, then the pending quantities (in that order: see {@link
   * PendingQuantities}), and plans their writes; the other stores' part of the candidates' items
   * and of {@code otherStores} is remembered as published.
   */
  private List<PlannedWrite> plan(
      Collection<Binding> candidates, Set<String> otherStores, OtherStoresSales others) {
    Map<String, BooksItem> items = itemsById(candidates);
    PendingQuantities pending = PendingQuantities.load(ctx);
    List<PlannedWrite> planned = plan.plan(candidates, items, pending);
    Set<String> looked = new HashSet<>(otherStores);
    candidates.forEach(b -> looked.add(b.booksItemId()));
    looked.remove(null);
    others.published(looked, pending);
    return planned;
  }

  private int fixedBySweep() {
    return (int) sweep(true).stream().filter(r -> r.status() == StockStatus.FIXED).count();
  }

  /**
   * The tracked bindings to look at, one per SKU in SKU order: those of the items QuickBooks
   * changed, of the items whose part sold by the other stores changed, and those of {@link
   * #skusToRecheck}. Only the rows that matter are read (indexed), never the whole catalog: a
   * cycle's cost follows what changed, not how many SKUs there are.
   */
  private Collection<Binding> candidates(
      Collection<String> itemIds, Collection<String> skusOfMovedOrders, Set<String> otherStores) {
    Set<String> skus = skusToRecheck(skusOfMovedOrders);
    Set<String> items = new HashSet<>(itemIds);
    items.addAll(otherStores);
    List<Binding> found = new ArrayList<>(ctx.state().bindings().forItems(ctx.connection(), items));
    found.addAll(ctx.state().bindings().forSkus(ctx.connection(), skus));
    found.sort(Comparator.comparing(Binding::sku));
    Map<String, Binding> candidates = new LinkedHashMap<>();
    for (Binding b : found) {
      if (b.tracked()) {
        candidates.putIfAbsent(b.sku(), b);
      }
    }
    return candidates.values();
  }

  /**
   * The SKUs of orders that moved, and those whose last write may or may not have landed (what the
   * store shows was forgotten).
   */
  private Set<String> skusToRecheck(Collection<String> skusOfMovedOrders) {
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
    return skus;
  }

  /**
   * Compares every SKU of the store with QuickBooks (fresh reads on both sides); with {@code fix}
   * writes every difference. Binds SKUs the match rule finds. Returns the reconciliation table.
   */
  public List<StockRow> sweep(boolean fix) {
    Optional<Cursor> changes = cursor(CHANGES_CURSOR);
    Instant since =
        changes.map(c -> Instant.parse(c.value())).orElse(ctx.clock().instant().minusSeconds(3600));
    Instant until = ctx.books().changesSince(since).until();
    InventoryItems items =
        InventoryItems.of(ctx.books().inventoryItems(), ctx.settings().matchRule());
    PendingQuantities pending = PendingQuantities.load(ctx); // after the items: see its comment
    List<StoreProduct> products = ctx.store().allProducts();
    Map<String, Binding> bindings = bindAll(products, items.byKey());
    List<StockRow> rows = reconcile.reconcile(products, bindings, items.byId(), pending, fix);
    if (fix) {
      OtherStoresSales others = OtherStoresSales.load(ctx);
      others.publishedAll(pending);
      others.save();
      moveCursor(CHANGES_CURSOR, version(changes), until.toString());
      moveCursor(SWEEP_CURSOR, version(cursor(SWEEP_CURSOR)), ctx.clock().instant().toString());
    }
    return rows;
  }

  /** QuickBooks' inventory items by the match rule's key and by id. */
  private record InventoryItems(Map<String, BooksItem> byKey, Map<String, BooksItem> byId) {
    static InventoryItems of(List<BooksItem> items, MatchRule rule) {
      Map<String, BooksItem> byKey = new HashMap<>();
      Map<String, BooksItem> byId = new HashMap<>();
      for (BooksItem item : items) {
        byKey.put(rule.keyOf(item), item);
        byId.put(item.id(), item);
      }
      return new InventoryItems(byKey, byId);
    }
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
      Binding wanted = wanted(known, product, byKey.get(product.sku()));
      if (wanted != null && !wanted.equals(known)) {
        ctx.state().bindings().save(wanted);
        bindings.put(wanted.sku(), wanted);
      }
    }
    return bindings;
  }

  /**
   * The binding a store product should have: the known one at the product's current address, or one
   * matched to {@code item}; {@code null} when neither exists. Stock is published only where the
   * store manages it and, for a matched binding, the item is an inventory item.
   */
  private Binding wanted(Binding known, StoreProduct product, BooksItem item) {
    if (known != null) {
      boolean itemAllows =
          item == null || item.isInventory() || known.origin() != Binding.Origin.MATCHED;
      return known.withStore(product.address(), product.managesStock() && itemAllows);
    }
    if (item == null) {
      return null;
    }
    return new Binding(
        ctx.connection(),
        product.sku(),
        item.id(),
        product.address(),
        item.isInventory() && product.managesStock(),
        Binding.Origin.MATCHED);
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
    return cursor(SWEEP_CURSOR)
        .map(
            c ->
                Instant.parse(c.value())
                    .plus(ctx.settings().sweepInterval())
                    .isBefore(ctx.clock().instant()))
        .orElse(true);
  }

  private Optional<Cursor> cursor(String name) {
    return ctx.state().cursors().get(ctx.connection(), name);
  }

  private static long version(Optional<Cursor> cursor) {
    return cursor.map(Cursor::version).orElse(0L);
  }

  private void moveCursor(String name, long version, String value) {
    ctx.state().cursors().compareAndSet(ctx.connection(), name, version, value);
  }
}
