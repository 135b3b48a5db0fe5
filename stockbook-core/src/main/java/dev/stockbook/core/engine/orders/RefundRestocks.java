package dev.stockbook.core.engine.orders;

import dev.stockbook.core.engine.followups.FollowUps;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreOrder.OrderLine;
import dev.stockbook.store.StoreRefund;
import dev.stockbook.store.StoreRefund.RefundLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Says, for every refund line, how many units the store put back into stock, before the order is
 * recorded. Some stores say so per refund line; others (WooCommerce) keep only a running count per
 * order line ({@link OrderLine#restocked()}). Then a refund's restocked units are the increase of
 * that count since the order was last recorded, where its earlier refunds were already resolved and
 * keep what they were given. Two refunds first seen together share the increase oldest first; the
 * total is right either way. A store that says neither restocked nothing: a refund then never gives
 * QuickBooks units that are not on the shelf.
 */
final class RefundRestocks {
  private RefundRestocks() {}

  /** {@code order} with every refund line's restocked units filled in. */
  static StoreOrder resolve(StoreOrder order, Optional<StoreOrder> before) {
    if (order.refunds().stream().allMatch(StoreRefund::restocksKnown)) {
      return order;
    }
    Map<String, StoreRefund> known = new HashMap<>();
    before.ifPresent(b -> b.refunds().forEach(r -> known.put(r.id(), r)));
    Map<String, BigDecimal> left = unassigned(order, known);
    List<StoreRefund> resolved = new ArrayList<>();
    for (StoreRefund refund : FollowUps.inOrder(order.refunds())) {
      StoreRefund earlier = known.get(refund.id());
      resolved.add(earlier != null && earlier.restocksKnown() ? earlier : assign(refund, left));
    }
    return order.withRefunds(resolved);
  }

  /** Per order line: the store's restocked count minus what refunds already resolved were given. */
  private static Map<String, BigDecimal> unassigned(
      StoreOrder order, Map<String, StoreRefund> known) {
    Map<String, BigDecimal> left = new HashMap<>();
    for (OrderLine line : order.lines()) {
      left.put(line.lineId(), line.restocked() == null ? BigDecimal.ZERO : line.restocked());
    }
    for (StoreRefund refund : order.refunds()) {
      StoreRefund earlier = known.get(refund.id());
      if (earlier != null && earlier.restocksKnown()) {
        earlier
            .lines()
            .forEach(
                l -> left.computeIfPresent(l.orderLineId(), (k, v) -> v.subtract(l.restocked())));
      }
    }
    return left;
  }

  private static StoreRefund assign(StoreRefund refund, Map<String, BigDecimal> left) {
    List<RefundLine> lines = new ArrayList<>();
    for (RefundLine line : refund.lines()) {
      if (line.restocked() != null) {
        lines.add(line);
        continue;
      }
      BigDecimal available =
          left.getOrDefault(line.orderLineId(), BigDecimal.ZERO).max(BigDecimal.ZERO);
      BigDecimal units = available.min(line.quantity());
      left.computeIfPresent(line.orderLineId(), (k, v) -> v.subtract(units));
      lines.add(line.withRestocked(units));
    }
    return refund.withLines(lines);
  }
}
