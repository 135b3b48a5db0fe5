package dev.stockbook.core.state;

import java.time.Instant;

/**
 * What Stockbook knows about one SKU's stock.
 *
 * @param connection the connection name
 * @param sku the store SKU
 * @param booksQuantity QuickBooks' quantity on hand when last read
 * @param publishedQuantity the quantity Stockbook last wrote to the store
 * @param storeQuantity what the store is believed to show now
 * @param updatedAt when this record changed
 * @param status what is known of the SKU's stock
 * @param message the last problem in plain words, or {@code null}
 */
public record StockRecord(
    String connection,
    String sku,
    Long booksQuantity,
    Long publishedQuantity,
    Long storeQuantity,
    Instant updatedAt,
    StockStatus status,
    String message) {}
