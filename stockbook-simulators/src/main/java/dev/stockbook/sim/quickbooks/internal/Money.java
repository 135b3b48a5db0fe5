package dev.stockbook.sim.quickbooks.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts to the cent, rounded half up as QuickBooks shows them. */
final class Money {
  private Money() {}

  static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
