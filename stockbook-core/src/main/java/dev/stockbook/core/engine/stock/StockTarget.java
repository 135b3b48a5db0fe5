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
    boolean floored = quantity < 0 && settings.floorAtZero();
    return new StockTarget(whole, pending, floored ? 0 : quantity, note(onHand, pending, floored));
  }

  /** Why the number is not simply QuickBooks' on hand minus pending, or {@code null}. */
  private static String note(BigDecimal onHand, long pending, boolean floored) {
    String fractional = onHand.stripTrailingZeros().scale() > 0 ? fractional(onHand) : null;
    if (!floored) {
      return fractional;
    }
    String belowZero =
        "QuickBooks on hand "
            + onHand.toPlainString()
            + " minus pending "
            + pending
            + " is below zero; publishing 0.";
    return fractional == null ? belowZero : fractional + " " + belowZero;
  }

  private static String fractional(BigDecimal onHand) {
    return "QuickBooks has a fractional quantity "
        + onHand.toPlainString()
        + "; publishing whole units.";
  }
}
