package dev.stockbook.core.books;

/** Which QuickBooks item field a store SKU is matched against. */
public enum MatchRule {
  /** Store SKU = item {@code Name} (the default). */
  NAME,
  /** Store SKU = item {@code Sku}. */
  SKU,
  /** Store SKU = item {@code FullyQualifiedName} ({@code Parent:Child}). */
  FULLY_QUALIFIED_NAME;

  /** The key of {@code item} under this rule. */
  public String keyOf(BooksItem item) {
    return switch (this) {
      case NAME -> item.name();
      case SKU -> item.sku();
      case FULLY_QUALIFIED_NAME -> item.fullyQualifiedName();
    };
  }
}
