package dev.stockbook.core.engine.orders;

import dev.stockbook.core.engine.ledger.PostingKeys;
import dev.stockbook.store.StoreOrder;
import java.math.BigDecimal;

/**
 * The fingerprint of what a QuickBooks sale document depends on (lines, charges, totals, currency):
 * a changed fingerprint is a new revision of the order. Status and refunds are left out, they have
 * flows of their own.
 */
final class OrderFingerprint {
  private OrderFingerprint() {}

  static String of(StoreOrder order) {
    StringBuilder text =
        new StringBuilder(order.currency())
            .append('|')
            .append(plain(order.total()))
            .append('|')
            .append(plain(order.totalTax()));
    for (StoreOrder.OrderLine line : order.lines()) {
      text.append("|L")
          .append(line.sku())
          .append(',')
          .append(plain(line.quantity()))
          .append(',')
          .append(plain(line.subtotal()))
          .append(',')
          .append(plain(line.total()));
    }
    order.shipping().forEach(c -> text.append("|S").append(plain(c.amount())));
    order.fees().forEach(c -> text.append("|F").append(plain(c.amount())));
    return PostingKeys.hash(text.toString(), 16);
  }

  private static String plain(BigDecimal value) {
    return value == null ? "-" : value.stripTrailingZeros().toPlainString();
  }
}
