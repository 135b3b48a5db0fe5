package dev.stockbook.core.engine.stock;

import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.StoreOrder;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Quantities the store has sold but QuickBooks has not yet seen: the lines of orders waiting to be
 * posted or parked. Subtracted from QuickBooks' quantity on hand before publishing, so the store
 * never shows stock that is already sold.
 */
public final class PendingQuantities {
  private final Map<String, BigDecimal> bySku;

  private PendingQuantities(Map<String, BigDecimal> bySku) {
    this.bySku = bySku;
  }

  public static PendingQuantities load(SyncContext ctx) {
    Map<String, BigDecimal> bySku = new HashMap<>();
    for (TrackedOrder order :
        ctx.state()
            .orders()
            .inStates(ctx.connection(), EnumSet.of(OrderState.WAITING, OrderState.PARKED))) {
      for (StoreOrder.OrderLine line : order.snapshot().lines()) {
        if (line.sku() != null && line.quantity() != null && line.quantity().signum() > 0) {
          bySku.merge(line.sku(), line.quantity(), BigDecimal::add);
        }
      }
    }
    return new PendingQuantities(bySku);
  }

  public BigDecimal of(String sku) {
    return bySku.getOrDefault(sku, BigDecimal.ZERO);
  }

  Map<String, BigDecimal> all() {
    return Map.copyOf(bySku);
  }
}
