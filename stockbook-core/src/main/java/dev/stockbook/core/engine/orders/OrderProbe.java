package dev.stockbook.core.engine.orders;

import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.state.CursorRepository.Cursor;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.StoreOrder;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A cheap look at the store for orders changed since the order cursor: one page of the listing, no
 * QuickBooks call, nothing recorded. The service runs it between full cycles, so that an order
 * reaches QuickBooks within seconds even when the store's webhooks come late (WooCommerce sends
 * them when WP-Cron runs) or never; the orders it names are then synced like a webhook's.
 */
public final class OrderProbe {
  /** A store stamps changes to the second; the cursor's own second is looked at again. */
  private static final long SAME_SECOND = 1;

  private final SyncContext ctx;

  public OrderProbe(SyncContext ctx) {
    this.ctx = ctx;
  }

  /** Ids of the orders the store changed that Stockbook has not recorded as they are now. */
  public Set<String> changedOrderIds() {
    Optional<Cursor> cursor = ctx.state().cursors().get(ctx.connection(), OrderIntake.CURSOR);
    if (cursor.isEmpty()) {
      return Set.of(); // the first full cycle sets the cursor
    }
    Instant since = Instant.parse(cursor.get().value()).minusSeconds(SAME_SECOND);
    OrderPage page = ctx.store().ordersChangedSince(OrderCursor.since(since));
    Set<String> changed = new LinkedHashSet<>();
    page.orders().stream().filter(this::unrecorded).forEach(o -> changed.add(o.id()));
    return changed; // an order the connector cannot read waits for the cycle, which parks it
  }

  private boolean unrecorded(StoreOrder order) {
    return ctx.state()
        .orders()
        .find(ctx.connection(), order.id())
        .map(TrackedOrder::snapshot)
        .map(known -> !known.modifiedAt().equals(order.modifiedAt()))
        .orElse(true);
  }
}
