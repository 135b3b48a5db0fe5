package dev.stockbook.core.engine.stock;

import dev.stockbook.core.state.StockStatus;

/**
 * What a cycle learned about one SKU, as {@link StockRecords} records it: a status with its message
 * in plain words, and the quantities known ({@code null} where not known; a {@code published} of
 * {@code null} keeps the last published quantity).
 *
 * @param status what is known of the SKU's stock
 * @param message details in plain words, or {@code null}
 * @param books QuickBooks' quantity on hand
 * @param published the quantity written to the store
 * @param shows what the store is believed to show
 */
record StockOutcome(StockStatus status, String message, Long books, Long published, Long shows) {

  static StockOutcome of(StockStatus status, String message) {
    return new StockOutcome(status, message, null, null, null);
  }

  StockOutcome withBooks(Long quantity) {
    return new StockOutcome(status, message, quantity, published, shows);
  }

  StockOutcome withPublished(Long quantity) {
    return new StockOutcome(status, message, books, quantity, shows);
  }

  StockOutcome withShows(Long quantity) {
    return new StockOutcome(status, message, books, published, quantity);
  }
}
