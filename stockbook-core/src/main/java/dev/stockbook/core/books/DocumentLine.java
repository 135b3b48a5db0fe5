package dev.stockbook.core.books;

import java.math.BigDecimal;

/**
 * One document line. For {@link Kind#ITEM}: {@code amount = quantity × unitPrice} exactly. For
 * {@link Kind#SHIPPING} and {@link Kind#DISCOUNT} only {@code amount} counts (a discount amount is
 * positive and is subtracted).
 *
 * @param taxCode the name of the QuickBooks tax code the line carries (a non-US company's, mapped
 *     from the store's rates), or {@code null} for the US model, where {@code taxable} picks {@code
 *     TAX} or {@code NON}
 */
public record DocumentLine(
    Kind kind,
    String itemId,
    String description,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal amount,
    boolean taxable,
    String taxCode) {

  public enum Kind {
    ITEM,
    SHIPPING,
    DISCOUNT
  }

  /** A line of the US tax model (no tax code of its own). */
  public DocumentLine(
      Kind kind,
      String itemId,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal amount,
      boolean taxable) {
    this(kind, itemId, description, quantity, unitPrice, amount, taxable, null);
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

  /** The same line carrying QuickBooks tax code {@code code} (null: the US model). */
  public DocumentLine withTaxCode(String code) {
    return new DocumentLine(kind, itemId, description, quantity, unitPrice, amount, taxable, code);
  }
}
