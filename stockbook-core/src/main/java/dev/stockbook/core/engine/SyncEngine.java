package dev.stockbook.core.engine;

import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.core.engine.followups.AfterPosting;
import dev.stockbook.core.engine.items.ItemResolver;
import dev.stockbook.core.engine.ledger.LedgerResolver;
import dev.stockbook.core.engine.ledger.LedgerWriter;
import dev.stockbook.core.engine.orders.OrderIntake;
import dev.stockbook.core.engine.orders.OrderPoster;
import dev.stockbook.core.engine.orders.OrderProbe;
import dev.stockbook.core.engine.stock.StockPublisher;
import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.engine.stock.StoreStockModel;
import dev.stockbook.core.state.Binding;
import dev.stockbook.core.state.CycleRun;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import dev.stockbook.store.StockAddress;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreProduct;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One connection's sync engine. A cycle settles uncertain writes, reads orders, posts them, writes
 * refunds and voids, then publishes stock: orders come first so that a sale the store just made is
 * counted before any number is published. A failing step is reported and the cycle goes on with the
 * steps that do not depend on it; nothing is lost, the next cycle picks up where this one left.
 */
public final class SyncEngine {
  private final SyncContext ctx;

  public SyncEngine(SyncContext ctx) {
    this.ctx = ctx.retrying();
  }

  /** Runs one cycle. {@code sweep} forces a full stock comparison. */
  public CycleReport runCycle(boolean sweep) {
    return cycle(() -> new OrderIntake(ctx, new StoreStockModel(ctx)).readChanged(), sweep);
  }

  /**
   * The store's orders changed since the order cursor and not recorded as they are (one store
   * request, nothing recorded): what {@link #syncOrders} should be given between cycles.
   */
  public Set<String> probeOrders() {
    return new OrderProbe(ctx).changedOrderIds();
  }

  /** Runs a cycle for just these store orders (webhooks, replays), then publishes their stock. */
  public CycleReport syncOrders(Collection<String> orderIds) {
    return cycle(
        () ->
            new OrderIntake(ctx, new StoreStockModel(ctx))
                .acceptAll(ctx.store().ordersById(orderIds)),
        false);
  }

  /**
   * Runs a cycle that re-reads every store order changed since {@code since}; the order cursor
   * stays where it is.
   */
  public CycleReport syncSince(Instant since) {
    return cycle(() -> new OrderIntake(ctx, new StoreStockModel(ctx)).readSince(since), false);
  }

  private CycleReport cycle(Supplier<Set<String>> intake, boolean sweep) {
    Instant started = ctx.clock().instant();
    List<String> errors = new ArrayList<>();
    StoreStockModel model = new StoreStockModel(ctx);
    ItemResolver items = new ItemResolver(ctx);
    LedgerWriter writer = new LedgerWriter(ctx);
    LedgerResolver resolver = new LedgerResolver(ctx);
    boolean recovering = markUnfinished(started);
    int unresolved = step(errors, "Settling uncertain writes", resolver::resolveAll, 0);
    Set<String> touched = step(errors, "Reading orders from the store", intake::get, Set.of());
    OrderPoster poster = new OrderPoster(ctx, items, writer);
    int posted = step(errors, "Posting orders to QuickBooks", poster::postWaiting, 0);
    Set<String> settle = new LinkedHashSet<>(touched);
    settle.addAll(resolver.foundSales());
    settle.addAll(poster.postedIds());
    int after =
        step(
            errors,
            "Posting refunds and cancellations",
            () -> new AfterPosting(ctx, items, writer, model).handle(settle),
            0);
    Set<String> skus = skusOf(touched);
    int stock =
        step(
            errors,
            "Publishing stock",
            () -> new StockPublisher(ctx).publish(skus, sweep || recovering),
            0);
    markFinished();
    CycleReport report =
        new CycleReport(
            ctx.connection(),
            started,
            ctx.clock().instant(),
            touched.size(),
            posted,
            after,
            poster.parkedCount(),
            unresolved,
            stock,
            errors);
    ctx.state()
        .runs()
        .save(
            new CycleRun(
                ctx.connection(),
                started,
                report.finishedAt(),
                touched.size(),
                posted,
                poster.parkedCount(),
                stock,
                errors.size(),
                report.summary()));
    return report;
  }

  static final String UNFINISHED = "cycle.unfinished";

  /**
   * Marks a cycle as under way; true when the previous one never finished (the process stopped
   * mid-cycle, between recording a sale and moving the store-stock belief, or mid-push): then every
   * SKU is compared once with fresh reads, since what the store shows is not known for sure.
   */
  private boolean markUnfinished(Instant started) {
    Optional<dev.stockbook.core.state.CursorRepository.Cursor> mark =
        ctx.state().cursors().get(ctx.connection(), UNFINISHED);
    boolean crashed = mark.map(m -> !m.value().isEmpty()).orElse(false);
    ctx.state()
        .cursors()
        .compareAndSet(
            ctx.connection(),
            UNFINISHED,
            mark.map(m -> m.version()).orElse(0L),
            started.toString());
    return crashed;
  }

  private void markFinished() {
    ctx.state()
        .cursors()
        .get(ctx.connection(), UNFINISHED)
        .ifPresent(
            m ->
                ctx.state().cursors().compareAndSet(ctx.connection(), UNFINISHED, m.version(), ""));
  }

  /** The reconciliation table; with {@code fix}, every difference is written to the store. */
  public List<StockRow> reconcile(boolean fix) {
    return new StockPublisher(ctx).sweep(fix);
  }

  /**
   * Puts a parked (or ignored) order back in line; the next cycle posts it. A posted or voided
   * order is left as it is: sending it again as a sale would put it in QuickBooks twice.
   */
  public Optional<TrackedOrder> retry(String orderIdOrNumber) {
    return find(orderIdOrNumber)
        .map(
            o -> {
              if (o.state() == OrderState.POSTED || o.state() == OrderState.VOIDED) {
                return o;
              }
              TrackedOrder waiting = o.withState(OrderState.WAITING, null);
              new OrderIntake(ctx, new StoreStockModel(ctx))
                  .moveSales(
                      o.orderId(),
                      dev.stockbook.core.state.PostingState.WITHDRAWN,
                      dev.stockbook.core.state.PostingState.NOT_APPLIED,
                      "put back in line by an operator");
              ctx.state().orders().save(waiting);
              return waiting;
            });
  }

  /** Sets an order aside for good, with the operator's note. */
  public Optional<TrackedOrder> ignore(String orderIdOrNumber, String note) {
    return find(orderIdOrNumber)
        .map(
            o -> {
              TrackedOrder ignored =
                  o.withState(OrderState.IGNORED, "Ignored by an operator: " + note);
              new OrderIntake(ctx, new StoreStockModel(ctx))
                  .moveSales(
                      o.orderId(),
                      dev.stockbook.core.state.PostingState.NOT_APPLIED,
                      dev.stockbook.core.state.PostingState.WITHDRAWN,
                      "ignored by an operator");
              ctx.state().orders().save(ignored);
              return ignored;
            });
  }

  /** Binds a store SKU to a QuickBooks item chosen by an operator. */
  public void map(String sku, String booksItemId) {
    Optional<Binding> known =
        ctx.state().bindings().find(ctx.connection(), sku).filter(Binding::bound);
    Optional<StoreProduct> product =
        known.isPresent()
            ? Optional.empty()
            : ctx.store().productsBySku(List.of(sku)).stream()
                .filter(p -> p.sku().equals(sku))
                .findFirst();
    StockAddress address =
        known.map(Binding::store).orElse(product.map(StoreProduct::address).orElse(null));
    boolean tracked =
        address != null
            && known
                .map(Binding::tracked)
                .orElse(product.map(StoreProduct::managesStock).orElse(false));
    ctx.state()
        .bindings()
        .save(
            new Binding(
                ctx.connection(), sku, booksItemId, address, tracked, Binding.Origin.MAPPED));
  }

  private Optional<TrackedOrder> find(String orderIdOrNumber) {
    return ctx.state()
        .orders()
        .find(ctx.connection(), orderIdOrNumber)
        .or(
            () ->
                ctx.state().orders().byNumber(ctx.connection(), orderIdOrNumber).stream()
                    .findFirst());
  }

  private Set<String> skusOf(Set<String> orderIds) {
    Set<String> skus = new LinkedHashSet<>();
    for (String id : orderIds) {
      ctx.state()
          .orders()
          .find(ctx.connection(), id)
          .map(TrackedOrder::snapshot)
          .map(StoreOrder::lines)
          .ifPresent(lines -> lines.forEach(l -> skus.add(l.sku())));
    }
    return skus;
  }

  private static <T> T step(List<String> errors, String what, Supplier<T> step, T fallback) {
    try {
      return step.get();
    } catch (RetriableBooksException | RetriableStoreException e) {
      errors.add(what + " failed for now (will retry): " + e.getMessage());
    } catch (PermanentBooksException | PermanentStoreException e) {
      errors.add(what + " failed: " + e.getMessage());
    }
    return fallback;
  }
}
