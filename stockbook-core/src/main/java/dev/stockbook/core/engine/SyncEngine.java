package dev.stockbook.core.engine;

import dev.stockbook.core.engine.orders.OrderIntake;
import dev.stockbook.core.engine.orders.OrderProbe;
import dev.stockbook.core.engine.stock.StockPublisher;
import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.engine.stock.StoreStockModel;
import dev.stockbook.core.state.Binding;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.PostingState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.StockAddress;
import dev.stockbook.store.StoreProduct;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One connection's sync engine. A cycle settles uncertain writes, reads orders, posts them, writes
 * refunds and voids, then publishes stock: orders come first so that a sale the store just made is
 * counted before any number is published. A failing step is reported and the cycle goes on with the
 * steps that do not depend on it; nothing is lost, the next cycle picks up where this one left.
 */
public final class SyncEngine {
  private final SyncContext ctx;
  private Runnable posted = () -> {};
  private Runnable taken = () -> {};
  private BooleanSupplier moreChanges = StockPublisher.NO_MORE;

  public SyncEngine(SyncContext ctx) {
    this.ctx = ctx.retrying();
  }

  /**
   * Runs {@code listener} in a cycle as soon as its posting step has posted at least one order,
   * before refunds and stock publishing: QuickBooks' quantities have moved, and whoever shows them
   * elsewhere (the other stores of the company) need not wait for the rest of the cycle.
   */
  public SyncEngine onPosted(Runnable listener) {
    this.posted = listener;
    return this;
  }

  /**
   * Runs {@code listener} in a cycle after its posting step when a sale of this store is not in
   * QuickBooks and the other stores of the company should count it now: an order parked in this
   * cycle, or one it read that is still not posted (throttled, cancelled or set aside before
   * posting). They hold back what this store sold until QuickBooks has seen it ({@code
   * PendingQuantities}); a sale whose posting is on its way is left to QuickBooks' own number, so
   * the wake comes once it is no longer on its way.
   */
  public SyncEngine onTaken(Runnable listener) {
    this.taken = listener;
    return this;
  }

  /**
   * Lets a cycle's stock publishing take QuickBooks changes told of while a store write is on its
   * way: {@code moreChanges} says whether there are some (and takes them); see {@link
   * StockPublisher#publish(Collection, boolean, BooleanSupplier)}. Without it each write waits for
   * the cycle before it.
   */
  public SyncEngine whileWriting(BooleanSupplier moreChanges) {
    this.moreChanges = moreChanges;
    return this;
  }

  /** Runs one cycle. {@code sweep} forces a full stock comparison. */
  public CycleReport runCycle(boolean sweep) {
    return cycle(() -> intake().readChanged(), sweep);
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
    return cycle(() -> intake().acceptAll(ctx.store().ordersById(orderIds)), false);
  }

  /**
   * Runs a cycle for what another store of the same QuickBooks company took in or let go (its
   * {@link #onTaken}): posts nothing new from this store, and publishes only the items whose part
   * sold by the other stores changed, without reading QuickBooks' change feed.
   */
  public CycleReport publishOtherStoresSales() {
    return new Cycle(ctx, posted, taken, moreChanges).forOtherStoresSales().run(Set::of, false);
  }

  /**
   * Runs a cycle that re-reads every store order changed since {@code since}; the order cursor
   * stays where it is.
   */
  public CycleReport syncSince(Instant since) {
    return cycle(() -> intake().readSince(since), false);
  }

  private CycleReport cycle(Supplier<Set<String>> intake, boolean sweep) {
    return new Cycle(ctx, posted, taken, moreChanges).run(intake, sweep);
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
            o ->
                o.state() == OrderState.POSTED || o.state() == OrderState.VOIDED
                    ? o
                    : putBackInLine(o));
  }

  private TrackedOrder putBackInLine(TrackedOrder order) {
    TrackedOrder waiting = order.withState(OrderState.WAITING, null);
    intake()
        .moveSales(
            order.orderId(),
            PostingState.WITHDRAWN,
            PostingState.NOT_APPLIED,
            "put back in line by an operator");
    ctx.state().orders().save(waiting);
    return waiting;
  }

  /** Sets an order aside for good, with the operator's note. */
  public Optional<TrackedOrder> ignore(String orderIdOrNumber, String note) {
    return find(orderIdOrNumber).map(o -> setAside(o, note));
  }

  private TrackedOrder setAside(TrackedOrder order, String note) {
    TrackedOrder ignored = order.withState(OrderState.IGNORED, "Ignored by an operator: " + note);
    intake()
        .moveSales(
            order.orderId(),
            PostingState.NOT_APPLIED,
            PostingState.WITHDRAWN,
            "ignored by an operator");
    ctx.state().orders().save(ignored);
    return ignored;
  }

  /** Binds a store SKU to a QuickBooks item chosen by an operator. */
  public void map(String sku, String booksItemId) {
    Binding mapped =
        ctx.state()
            .bindings()
            .find(ctx.connection(), sku)
            .filter(Binding::bound)
            .map(known -> mapped(sku, booksItemId, known.store(), known.tracked()))
            .orElseGet(() -> mappedAsTheStoreLists(sku, booksItemId));
    ctx.state().bindings().save(mapped);
  }

  /** The binding to the product the store lists under the SKU, if any; unbound otherwise. */
  private Binding mappedAsTheStoreLists(String sku, String booksItemId) {
    Optional<StoreProduct> product =
        ctx.store().productsBySku(List.of(sku)).stream()
            .filter(p -> p.sku().equals(sku))
            .findFirst();
    StockAddress address = product.map(StoreProduct::address).orElse(null);
    boolean tracked = address != null && product.get().managesStock();
    return mapped(sku, booksItemId, address, tracked);
  }

  private Binding mapped(String sku, String booksItemId, StockAddress address, boolean tracked) {
    return new Binding(ctx.connection(), sku, booksItemId, address, tracked, Binding.Origin.MAPPED);
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

  private OrderIntake intake() {
    return new OrderIntake(ctx, new StoreStockModel(ctx));
  }
}
