package dev.stockbook.core.engine.stock;

import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.engine.ConnectionSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The number to publish: QuickBooks' quantity on hand (whole units, rounded down) minus what is
 * pending, minus the safety buffer, floored at zero unless configured otherwise.
 */
record StockTarget(long booksOnHand, long pending, long quantity, String note) {

  static StockTarget of(
      BooksItem item, String sku, BigDecimal pendingQty, ConnectionSettings settings) {
    BigDecimal onHand = item.quantityOnHand() == null ? BigDecimal.ZERO : item.quantityOnHand();
    long whole = onHand.setScale(0, RoundingMode.FLOOR).longValueExact();
    long pending = pendingQty.setScale(0, RoundingMode.CEILING).longValueExact();
    long quantity = whole - pending - settings.bufferFor(sku);
    String note = null;
    if (onHand.stripTrailingZeros().scale() > 0) {
      note =
          "QuickBooks has a fractional quantity "
              + onHand.toPlainString()
              + "; publishing whole units.";
    }
    if (quantity < 0 && settings.floorAtZero()) {
      note =
          (note == null ? "" : note + " ")
              + "QuickBooks on hand "
              + onHand.toPlainString()
              + " minus pending "
              + pending
              + " is below zero; publishing 0.";
      quantity = 0;
    }
    return new StockTarget(whole, pending, quantity, note);
  }
}
