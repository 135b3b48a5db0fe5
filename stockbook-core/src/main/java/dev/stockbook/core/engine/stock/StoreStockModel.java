package dev.stockbook.core.engine.stock;

import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.state.StockRecord;
import dev.stockbook.core.state.StockStatus;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * What the store shows for each SKU, kept without reading the store: the last quantity the store
 * reported, moved by the sales, cancellations and restocks the store applies by itself. Stock
 * publishing writes only where its number differs from this, as a relative change; the store's
 * answer corrects the model, and the full sweep re-reads everything.
 *
 * <p>A store event is only applied when it happened after Stockbook last wrote or read that SKU
 * (with {@link #CLOCK_MARGIN} for the two clocks). One that happened earlier may or may not be in
 * what the store answered then: a sale placed while a cycle's write was on its way is overwritten
 * by that write if it came first, and counted again if the model moved the belief anyway (the crash
 * runs saw the store left 5 above QuickBooks for good). Such a SKU's belief is forgotten instead,
 * and the same cycle's publishing reads the store for it.
 */
public final class StoreStockModel {
  /** How far apart the store's clock and Stockbook's may be; events this close are unsure. */
  static final Duration CLOCK_MARGIN = Duration.ofSeconds(5);

  private static final String UNSURE =
      "The store changed this SKU around the time Stockbook last wrote it; its quantity is read"
          + " again before anything is written.";

  private final SyncContext ctx;

  public StoreStockModel(SyncContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The store took ({@code sign} -1) or put back (+1) the order's quantities, at {@code at} by the
   * store's clock (checkout for a new sale, the status change otherwise).
   */
  public void storeSold(StoreOrder order, int sign, Instant at) {
    for (StoreOrder.OrderLine line : order.lines()) {
      move(line.sku(), line.quantity(), sign, at);
    }
  }

  /** The store put a refund's restocked units back into stock. */
  public void restocked(StoreRefund refund) {
    for (StoreRefund.RefundLine line : refund.lines()) {
      if (line.restocked() != null && line.restocked().signum() > 0) {
        move(line.sku(), line.restocked(), 1, refund.createdAt());
      }
    }
  }

  private void move(String sku, BigDecimal quantity, int sign, Instant at) {
    if (sku == null || sku.isEmpty() || quantity == null) {
      return;
    }
    ctx.state()
        .stock()
        .find(ctx.connection(), sku)
        .filter(r -> r.storeQuantity() != null)
        .ifPresent(r -> ctx.state().stock().save(moved(r, quantity, sign, at)));
  }

  /**
   * The record with the store's change applied, or with the belief forgotten when the change may
   * already be in what the store last answered.
   */
  private StockRecord moved(StockRecord r, BigDecimal quantity, int sign, Instant at) {
    boolean after = at != null && at.isAfter(r.updatedAt().plus(CLOCK_MARGIN));
    Long shows = after ? r.storeQuantity() + sign * quantity.longValue() : null;
    return new StockRecord(
        r.connection(),
        r.sku(),
        r.booksQuantity(),
        r.publishedQuantity(),
        shows,
        ctx.clock().instant(),
        after ? r.status() : StockStatus.UNKNOWN,
        after ? r.message() : UNSURE);
  }
}
