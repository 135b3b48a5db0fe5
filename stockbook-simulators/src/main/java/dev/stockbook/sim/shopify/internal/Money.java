package dev.stockbook.sim.shopify.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shopify's two spellings of an amount: GraphQL {@code Decimal} ("12.5") and REST ("12.50"). */
public final class Money {
  private Money() {}

  /** GraphQL Decimal/Money: no trailing zeros beyond one decimal, as the Admin API answers. */
  public static String graphql(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 1 ? stripped.setScale(1).toPlainString() : stripped.toPlainString();
  }

  /** REST payloads (webhooks): two decimals. */
  public static String rest(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  public static BigDecimal times(BigDecimal unit, int quantity) {
    return unit.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
  }
}
