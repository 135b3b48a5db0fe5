package dev.stockbook.core.books;

import java.math.BigDecimal;
import java.util.List;

/**
 * One document line. For {@link Kind#ITEM}: {@code amount = quantity × unitPrice} exactly. For
 * {@link Kind#SHIPPING} and {@link Kind#DISCOUNT} only {@code amount} counts (a discount amount is
 * positive and is subtracted).
 *
 * @param taxCode the name of the QuickBooks tax code the line carries (a non-US company's, mapped
 *     from the store's rates), or {@code null} for the US model, where {@code taxable} picks {@code
 *     TAX} or {@code NON}
 * @param components for {@link Kind#GROUP} (a QuickBooks bundle, {@code itemId} its Group item and
 *     {@code quantity} the bundles sold): the component item lines, whose amounts add up to {@code
 *     amount}; else empty
 */
public record DocumentLine(
    Kind kind,
    String itemId,
    String description,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal amount,
    boolean taxable,
    String taxCode,
    List<DocumentLine> components) {

  public enum Kind {
    ITEM,
    SHIPPING,
    DISCOUNT,
    GROUP
  }

  public DocumentLine {
    components = components == null ? List.of() : List.copyOf(components);
  }

  /** A line that is no bundle. */
  public DocumentLine(
      Kind kind,
      String itemId,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal amount,
      boolean taxable,
      String taxCode) {
    this(kind, itemId, description, quantity, unitPrice, amount, taxable, taxCode, List.of());
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
    this(kind, itemId, description, quantity, unitPrice, amount, taxable, null, List.of());
  }

  /** {@code quantity} bundles of Group item {@code groupItemId}, posted as their components. */
  public static DocumentLine group(
      String groupItemId, String description, BigDecimal quantity, List<DocumentLine> components) {
    BigDecimal amount =
        components.stream().map(DocumentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean taxable = components.stream().anyMatch(DocumentLine::taxable);
    return new DocumentLine(
        Kind.GROUP, groupItemId, description, quantity, null, amount, taxable, null, components);
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
    return new DocumentLine(
        kind,
        itemId,
        description,
        quantity,
        unitPrice,
        amount,
        taxable,
        code,
        components.stream().map(c -> c.withTaxCode(code)).toList());
  }
}
