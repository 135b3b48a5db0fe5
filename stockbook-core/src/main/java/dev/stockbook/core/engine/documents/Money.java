package dev.stockbook.core.engine.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Exact money arithmetic helpers. All amounts are {@link BigDecimal}; nothing is ever a double. */
public final class Money {
  static final int CENTS = 2;

  private Money() {}

  static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(CENTS, RoundingMode.HALF_UP);
  }

  static BigDecimal sum(Collection<BigDecimal> amounts) {
    return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }

  /** {@code amount / quantity} when it is exact within 6 decimals, else {@code null}. */
  public static BigDecimal exactUnitPrice(BigDecimal amount, BigDecimal quantity) {
    try {
      BigDecimal unit = amount.divide(quantity).stripTrailingZeros();
      if (unit.scale() > 6) {
        return null;
      }
      return unit.scale() < CENTS ? unit.setScale(CENTS) : unit;
    } catch (ArithmeticException notExact) {
      return null;
    }
  }

  static boolean isWhole(BigDecimal quantity) {
    return quantity.stripTrailingZeros().scale() <= 0;
  }
}
