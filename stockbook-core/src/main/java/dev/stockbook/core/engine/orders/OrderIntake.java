package dev.stockbook.core.engine.orders;

import dev.stockbook.core.engine.SoldRule;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.followups.FollowUps;
import dev.stockbook.core.engine.stock.StoreStockModel;
import dev.stockbook.core.state.CursorRepository.Cursor;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.core.state.PostingState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.UnreadableOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads new and changed orders from the store and records what each means: a sale to post, a
 * cancellation, a change. The cursor is the engine's: it moves only after the orders it covers were
 * recorded, and every read starts {@code orderOverlap} earlier so late commits are not missed;
 * orders read twice change nothing.
 */
public final class OrderIntake {
  static final String CURSOR = "orders.modified";

  /**
   * Where the connection's first order read started ({@code sync.firstOrderLookback} before it):
   * the overlap of later reads never reaches further back, so orders older than the lookback stay
   * out even when the cursor has not moved since.
   */
  static final String FLOOR = "orders.floor";

  private static final int MAX_PAGES_PER_CYCLE = 200;
  private final SyncContext ctx;
  private final StoreStockModel stockModel;

  public OrderIntake(SyncContext ctx, StoreStockModel stockModel) {
    this.ctx = ctx;
    this.stockModel = stockModel;
  }

  /** Reads every order changed since the cursor; returns the ids whose record changed. */
  public Set<String> readChanged() {
    Optional<Cursor> cursor = ctx.state().cursors().get(ctx.connection(), CURSOR);
    Instant since =
        cursor
            .map(c -> Instant.parse(c.value()).minus(ctx.settings().orderOverlap()))
            .map(this::notBeforeFloor)
            .orElseGet(this::firstRead);
    Instant[] newest = {cursor.map(c -> Instant.parse(c.value())).orElse(since)};
    Set<String> touched =
        readFrom(
            since,
            order ->
                newest[0] = order.modifiedAt().isAfter(newest[0]) ? order.modifiedAt() : newest[0]);
    long version = cursor.map(Cursor::version).orElse(0L);
    ctx.state().cursors().compareAndSet(ctx.connection(), CURSOR, version, newest[0].toString());
    return touched;
  }

  private Instant firstRead() {
    Instant since = ctx.clock().instant().minus(ctx.settings().firstOrderLookback());
    ctx.state().cursors().compareAndSet(ctx.connection(), FLOOR, 0, since.toString());
    return since;
  }

  private Instant notBeforeFloor(Instant since) {
    return ctx.state()
        .cursors()
        .get(ctx.connection(), FLOOR)
        .map(f -> Instant.parse(f.value()))
        .filter(since::isBefore)
        .orElse(since);
  }

  /**
   * Reads every order changed since {@code since} (an operator's replay of a period), leaving the
   * cursor where it is: orders already recorded change nothing, missed ones are recorded.
   */
  public Set<String> readSince(Instant since) {
    return readFrom(since, order -> {});
  }

  private Set<String> readFrom(Instant since, Consumer<StoreOrder> seen) {
    Set<String> touched = new LinkedHashSet<>();
    OrderCursor at = OrderCursor.since(since);
    for (int pages = 0; pages < MAX_PAGES_PER_CYCLE; pages++) {
      OrderPage page = ctx.store().ordersChangedSince(at);
      // One commit per page: an order's record needs no sync to disk of its own before the page is
      // done (nothing is sent for it yet), and a page cut short by a crash is read again, as the
      // cursor moves only after the last page.
      touched.addAll(acceptTogether(page.orders(), page.unreadable(), seen));
      if (!page.more()) {
        break;
      }
      at = page.next();
    }
    return touched;
  }

  /** Records orders fetched by id (webhooks, replays); returns the ids whose record changed. */
  public Set<String> acceptAll(Collection<StoreOrder> orders) {
    return acceptTogether(orders, List.of(), order -> {});
  }

  /**
   * Records the orders and parks the unreadable ones in one transaction; returns the ids whose
   * record changed. {@code seen} hears of every order, changed or not.
   */
  private Set<String> acceptTogether(
      Collection<StoreOrder> orders, List<UnreadableOrder> unreadable, Consumer<StoreOrder> seen) {
    Set<String> touched = new LinkedHashSet<>();
    ctx.state()
        .inOneTransaction(
            () -> {
              for (StoreOrder order : orders) {
                if (accept(order)) {
                  touched.add(order.id());
                }
                seen.accept(order);
              }
              unreadable.forEach(this::park);
            });
    return touched;
  }

  /**
   * Parks an order the store listed but the connector could not read, so it is visible and never
   * lost; when the store's data is fixed, the order is read again and goes its normal way.
   */
  private void park(UnreadableOrder bad) {
    if (ctx.state().orders().find(ctx.connection(), bad.id()).isPresent()) {
      return;
    }
    Instant at = bad.modifiedAt() != null ? bad.modifiedAt() : ctx.clock().instant();
    String reason = "Order #" + bad.number() + " could not be read: " + bad.problem();
    ctx.state()
        .orders()
        .save(firstRecord(placeholder(bad, at), 0, "unreadable", OrderState.PARKED, reason));
  }

  /** What is known of an unreadable order: its id and number, and when it last changed. */
  private static StoreOrder placeholder(UnreadableOrder bad, Instant at) {
    return new StoreOrder(
        bad.id(),
        bad.number(),
        "unreadable",
        dev.stockbook.store.OrderLifecycle.OTHER,
        "",
        at,
        at,
        false,
        "",
        new StoreOrder.Customer("", "", "", "", ""),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        false,
        List.of());
  }

  /** Records one order; returns whether anything changed. */
  boolean accept(StoreOrder listed) {
    Optional<TrackedOrder> known = ctx.state().orders().find(ctx.connection(), listed.id());
    StoreOrder order = RefundRestocks.resolve(listed, known.map(TrackedOrder::snapshot));
    String hash = OrderFingerprint.of(order);
    boolean sold = isSold(order);
    if (known.isEmpty()) {
      recordNew(order, hash, sold);
      return true;
    }
    if (unchanged(known.get(), order, hash)) {
      return false;
    }
    ctx.state().orders().save(transition(known.get(), order, hash, sold));
    return true;
  }

  /** A new order: waiting to be posted if it is a sale (its units left the store), else ignored. */
  private void recordNew(StoreOrder order, String hash, boolean sold) {
    String notYet = "Order #" + order.number() + " is " + order.status() + ", not a sale yet.";
    OrderState state = sold ? OrderState.WAITING : OrderState.IGNORED;
    ctx.state().orders().save(firstRecord(order, 1, hash, state, sold ? null : notYet));
    if (sold) {
      stockModel.storeSold(order, -1, order.createdAt());
    }
  }

  private TrackedOrder firstRecord(
      StoreOrder order, int revision, String hash, OrderState state, String reason) {
    return new TrackedOrder(
        ctx.connection(),
        order.id(),
        order,
        revision,
        hash,
        state,
        reason,
        null,
        null,
        null,
        ctx.clock().instant(),
        null);
  }

  /**
   * Whether the store's order is the one already recorded. The store stamps changes to the second:
   * a refund in the same second as the last read changes neither the time nor the fingerprint, so
   * refunds are compared too.
   */
  private static boolean unchanged(TrackedOrder before, StoreOrder order, String hash) {
    return before.snapshot().modifiedAt().equals(order.modifiedAt())
        && before.contentHash().equals(hash)
        && before.snapshot().status().equals(order.status())
        && refundIds(before.snapshot()).equals(refundIds(order));
  }

  /**
   * The record of a known order after a change in the store: a new revision if its content changed,
   * its units back in (or out of) the store's stock when it stopped (or started) being a sale, its
   * unsent sale withdrawn (or restored), and its next state.
   */
  private TrackedOrder transition(
      TrackedOrder before, StoreOrder order, String hash, boolean sold) {
    int revision = before.contentHash().equals(hash) ? before.revision() : before.revision() + 1;
    TrackedOrder updated = before.withSnapshot(order, revision, hash);
    if (sold != isSold(before.snapshot())) {
      stockModel.storeSold(order, sold ? -1 : 1, order.modifiedAt());
    }
    moveUnsentSale(before, order, sold);
    return nextState(before, updated, sold);
  }

  private void moveUnsentSale(TrackedOrder before, StoreOrder order, boolean sold) {
    if (!sold && (before.state() == OrderState.WAITING || before.state() == OrderState.PARKED)) {
      moveSales(
          order.id(),
          PostingState.NOT_APPLIED,
          PostingState.WITHDRAWN,
          "the order was " + order.status() + " before it was posted");
    } else if (sold && (before.state() == OrderState.IGNORED || neverPostedVoid(before))) {
      moveSales(
          order.id(),
          PostingState.WITHDRAWN,
          PostingState.NOT_APPLIED,
          "the order is a sale again");
    }
  }

  private TrackedOrder nextState(TrackedOrder before, TrackedOrder updated, boolean sold) {
    return switch (before.state()) {
      case WAITING, PARKED -> sold ? waitingAgain(before, updated) : notPosted(updated);
      case IGNORED -> sold ? updated.withState(OrderState.WAITING, null) : updated;
      case POSTED -> {
        new FollowUps(ctx).note(updated);
        yield updated;
      }
      case VOIDED ->
          sold && neverPostedVoid(before) ? updated.withState(OrderState.WAITING, null) : updated;
    };
  }

  /** A sale not yet posted stays as it was, unless a new revision gives a parked one a new try. */
  private static TrackedOrder waitingAgain(TrackedOrder before, TrackedOrder updated) {
    return updated.revision() != before.revision()
        ? updated.withState(OrderState.WAITING, null)
        : updated;
  }

  /** An order that stopped being a sale before it was posted. */
  private static TrackedOrder notPosted(TrackedOrder updated) {
    StoreOrder order = updated.snapshot();
    return updated.withState(
        cancelled(order) ? OrderState.VOIDED : OrderState.IGNORED,
        "Order #" + order.number() + " became " + order.status() + " before it was posted.");
  }

  /**
   * Cancelled before it was ever posted: if it becomes a sale again, it is posted like a new one.
   */
  private static boolean neverPostedVoid(TrackedOrder order) {
    return order.state() == OrderState.VOIDED && order.booksId() == null;
  }

  /**
   * Moves the order's not-sent sale rows between "to send" and "withdrawn"; both mean: not in
   * QuickBooks.
   */
  public void moveSales(String orderId, PostingState from, PostingState to, String why) {
    ctx.state().postings().forOrder(ctx.connection(), orderId).stream()
        .filter(p -> p.kind() == PostingKind.SALE && p.state() == from)
        .forEach(p -> ctx.state().postings().record(p.key(), to, null, why, ctx.clock().instant()));
  }

  private static java.util.Set<String> refundIds(StoreOrder order) {
    return order.refunds().stream()
        .map(dev.stockbook.store.StoreRefund::id)
        .collect(java.util.stream.Collectors.toSet());
  }

  boolean isSold(StoreOrder order) {
    return ctx.settings().sells(order);
  }

  public static boolean cancelled(StoreOrder order) {
    return SoldRule.cancels(order);
  }
}
