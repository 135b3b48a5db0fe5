package dev.stockbook.core.engine.stock;

import dev.stockbook.core.state.StockStatus;

/**
 * One SKU in the reconciliation: what QuickBooks has, what is pending, what the store should and
 * does show.
 *
 * @param sku the store SKU
 * @param booksOnHand QuickBooks' quantity on hand ({@code null} when unbound or not tracked)
 * @param pending quantity sold in the store but not yet in QuickBooks
 * @param shouldShow what Stockbook publishes ({@code null} when nothing is published)
 * @param storeShows what the store shows ({@code null} when it does not manage stock)
 * @param status what is known of the SKU's stock
 * @param message details in plain words, or {@code null}
 */
public record StockRow(
    String sku,
    Long booksOnHand,
    long pending,
    Long shouldShow,
    Long storeShows,
    StockStatus status,
    String message) {}
