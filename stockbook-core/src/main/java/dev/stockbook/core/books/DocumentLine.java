package dev.stockbook.core.books;

import java.math.BigDecimal;

/**
 * One document line. For {@link Kind#ITEM}: {@code amount = quantity × unitPrice} exactly. For
 * {@link Kind#SHIPPING} and {@link Kind#DISCOUNT} only {@code amount} counts (a discount amount is
 * positive and is subtracted).
 */
public record DocumentLine(
    Kind kind,
    String itemId,
    String description,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal amount,
    boolean taxable) {

  public enum Kind {
    ITEM,
    SHIPPING,
    DISCOUNT
  }

  public static DocumentLine item(
      String itemId, String description, BigDecimal qty, BigDecimal unitPrice, boolean taxable) {
    return new DocumentLine(
        Kind.ITEM, itemId, description, qty, unitPrice, qty.multiply(unitPrice), taxable);
  }

  public static DocumentLine shipping(String description, BigDecimal amount, boolean taxable) {
    return new DocumentLine(Kind.SHIPPING, null, description, null, null, amount, taxable);
  }

  public static DocumentLine discount(String description, BigDecimal amount) {
    return new DocumentLine(Kind.DISCOUNT, null, description, null, null, amount, false);
  }
}
