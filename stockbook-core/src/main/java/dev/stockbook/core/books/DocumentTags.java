package dev.stockbook.core.books;

import java.math.BigDecimal;

/**
 * What a bookkeeper files a document under besides its lines.
 *
 * @param currency the document's currency (ISO 4217) when it is not the company's home currency,
 *     else {@code null}: QuickBooks then takes the home currency
 * @param exchangeRate home-currency units per unit of {@code currency}, or {@code null} to let
 *     QuickBooks apply its own rate of the transaction date
 * @param className the name of the QuickBooks Class of the document, or {@code null}
 * @param locationName the name of the QuickBooks location (Department), or {@code null}
 */
public record DocumentTags(
    String currency, BigDecimal exchangeRate, String className, String locationName) {
  /** Home currency, no class, no location. */
  public static final DocumentTags NONE = new DocumentTags(null, null, null, null);
}
