package dev.stockbook.core.engine;

import dev.stockbook.core.state.StockRecord;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import java.math.BigDecimal;

/**
 * What the store shows for each SKU, kept without reading the store: the last quantity the store
 * reported, moved by the sales, cancellations and restocks the store applies by itself. Stock
 * publishing writes only where its number differs from this, as a relative change; the store's
 * answer corrects the model, and the full sweep re-reads everything.
 */
final class StoreStockModel {
  private final SyncContext ctx;

  StoreStockModel(SyncContext ctx) {
    this.ctx = ctx;
  }

  /** The store took ({@code sign} -1) or put back (+1) the order's quantities. */
  void storeSold(StoreOrder order, int sign) {
    for (StoreOrder.OrderLine line : order.lines()) {
      move(line.sku(), line.quantity(), sign);
    }
  }

  /** The store put a refund's lines back into stock. */
  void restocked(StoreRefund refund) {
    if (refund.restocked()) {
      refund.lines().forEach(line -> move(line.sku(), line.quantity(), 1));
    }
  }

  private void move(String sku, BigDecimal quantity, int sign) {
    if (sku == null || sku.isEmpty() || quantity == null) {
      return;
    }
    ctx.state()
        .stock()
        .find(ctx.connection(), sku)
        .filter(r -> r.storeQuantity() != null)
        .ifPresent(
            r ->
                ctx.state()
                    .stock()
                    .save(
                        new StockRecord(
                            r.connection(),
                            r.sku(),
                            r.booksQuantity(),
                            r.publishedQuantity(),
                            r.storeQuantity() + sign * quantity.longValue(),
                            ctx.clock().instant(),
                            r.status(),
                            r.message())));
  }
}
