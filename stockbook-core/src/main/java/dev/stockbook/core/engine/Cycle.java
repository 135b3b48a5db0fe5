package dev.stockbook.core.engine;

import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.core.engine.followups.AfterPosting;
import dev.stockbook.core.engine.items.ItemResolver;
import dev.stockbook.core.engine.ledger.LedgerResolver;
import dev.stockbook.core.engine.ledger.LedgerWriter;
import dev.stockbook.core.engine.orders.OrderPoster;
import dev.stockbook.core.engine.stock.StockPublisher;
import dev.stockbook.core.engine.stock.StoreStockModel;
import dev.stockbook.core.state.CursorRepository.Cursor;
import dev.stockbook.core.state.CycleRun;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import dev.stockbook.store.StoreOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One run of the engine's steps, in their order, for one connection; used once. Each step that
 * fails is written down in plain words and the cycle goes on with the next, which does not depend
 * on it (a step that failed counts nothing).
 */
final class Cycle {
  static final String UNFINISHED = "cycle.unfinished";

  private final SyncContext ctx;
  private final StoreStockModel model;
  private final ItemResolver items;
  private final LedgerWriter writer;
  private final LedgerResolver resolver;
  private final OrderPoster poster;
  private final Runnable onPosted;
  private final Runnable onTaken;
  private final BooleanSupplier moreChanges;
  private final List<String> errors = new ArrayList<>();
  private int unresolved;
  private Set<String> touched = Set.of();
  private int posted;
  private int afterPosting;
  private int stockWritten;
  private boolean othersOnly;

  Cycle(SyncContext ctx, Runnable onPosted, Runnable onTaken, BooleanSupplier moreChanges) {
    this.ctx = ctx;
    this.onPosted = onPosted;
    this.onTaken = onTaken;
    this.moreChanges = moreChanges;
    this.model = new StoreStockModel(ctx);
    this.items = new ItemResolver(ctx);
    this.writer = new LedgerWriter(ctx);
    this.resolver = new LedgerResolver(ctx);
    this.poster = new OrderPoster(ctx, items, writer);
  }

  /**
   * Makes this a cycle for what the other stores of the company sold: its stock step publishes only
   * the items whose other-stores part changed, without QuickBooks' change feed (unless it must
   * sweep). Such a cycle reads no orders of its own.
   */
  Cycle forOtherStoresSales() {
    this.othersOnly = true;
    return this;
  }

  /**
   * Settles uncertain writes, reads orders with {@code intake}, posts them, writes refunds, voids
   * and updates, then publishes stock (comparing every SKU with {@code sweep}); records the run.
   */
  CycleReport run(Supplier<Set<String>> intake, boolean sweep) {
    Instant started = ctx.clock().instant();
    boolean recovering = markUnfinished(started);
    unresolved = step("Settling uncertain writes", resolver::resolveAll, 0);
    touched = step("Reading orders from the store", intake, Set.of());
    posted = step("Posting orders to QuickBooks", poster::postWaiting, 0);
    if (posted > 0) {
      onPosted.run();
    }
    if (poster.parkedCount() > 0 || movesPending(touched)) {
      onTaken.run();
    }
    followUp(ordersToFollowUp());
    publishStock(sweep || recovering);
    markFinished();
    return recorded(report(started));
  }

  /**
   * Whether an order whose record changed in this cycle is, after the posting step, one QuickBooks
   * has not seen as a sale: still waiting (throttled), parked, or cancelled or set aside before
   * posting. Only the other stores of the company care.
   */
  private boolean movesPending(Set<String> orderIds) {
    if (orderIds.isEmpty() || ctx.settings().sameCompany().isEmpty()) {
      return false;
    }
    return orderIds.stream()
        .map(id -> ctx.state().orders().find(ctx.connection(), id))
        .flatMap(Optional::stream)
        .anyMatch(o -> o.state() != OrderState.POSTED);
  }

  /** The orders read, those whose sale was found in QuickBooks, and those posted now. */
  private Set<String> ordersToFollowUp() {
    Set<String> settle = new LinkedHashSet<>(touched);
    settle.addAll(resolver.foundSales());
    settle.addAll(poster.postedIds());
    return settle;
  }

  private void followUp(Set<String> orderIds) {
    if (ctx.settings().bookkeeping().dailySummary()) {
      return; // refunds go into the day's summary; a summary is never updated or voided
    }
    AfterPosting after = new AfterPosting(ctx, items, writer, model);
    afterPosting = step("Posting refunds and cancellations", () -> after.handle(orderIds), 0);
  }

  private void publishStock(boolean sweep) {
    Set<String> skus = skusOf(touched);
    StockPublisher publisher = new StockPublisher(ctx);
    stockWritten =
        step(
            "Publishing stock",
            () ->
                othersOnly && !sweep
                    ? publisher.publishOtherStoresSales(moreChanges)
                    : publisher.publish(skus, sweep, moreChanges),
            0);
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

  private <T> T step(String what, Supplier<T> step, T fallback) {
    try {
      return step.get();
    } catch (RetriableBooksException | RetriableStoreException e) {
      errors.add(what + " failed for now (will retry): " + e.getMessage());
    } catch (PermanentBooksException | PermanentStoreException e) {
      errors.add(what + " failed: " + e.getMessage());
    }
    return fallback;
  }

  /**
   * Marks a cycle as under way; true when the previous one never finished (the process stopped
   * mid-cycle, between recording a sale and moving the store-stock belief, or mid-push): then every
   * SKU is compared once with fresh reads, since what the store shows is not known for sure.
   */
  private boolean markUnfinished(Instant started) {
    Optional<Cursor> mark = ctx.state().cursors().get(ctx.connection(), UNFINISHED);
    boolean crashed = mark.map(m -> !m.value().isEmpty()).orElse(false);
    long version = mark.map(Cursor::version).orElse(0L);
    ctx.state().cursors().compareAndSet(ctx.connection(), UNFINISHED, version, started.toString());
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

  private CycleReport report(Instant started) {
    return new CycleReport(
        ctx.connection(),
        started,
        ctx.clock().instant(),
        touched.size(),
        posted,
        afterPosting,
        poster.parkedCount(),
        unresolved,
        stockWritten,
        errors);
  }

  /** Saves the run for the operator's history; returns the report. */
  private CycleReport recorded(CycleReport report) {
    ctx.state()
        .runs()
        .save(
            new CycleRun(
                ctx.connection(),
                report.startedAt(),
                report.finishedAt(),
                report.ordersRead(),
                report.posted(),
                report.parked(),
                report.stockWritten(),
                report.errors().size(),
                report.summary()));
    return report;
  }
}
