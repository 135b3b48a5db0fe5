package dev.stockbook.core.engine;

/**
 * One SKU in the reconciliation: what QuickBooks has, what is pending, what the store should and
 * does show.
 *
 * @param sku the store SKU
 * @param booksOnHand QuickBooks' quantity on hand ({@code null} when unbound or not tracked)
 * @param pending quantity sold in the store but not yet in QuickBooks
 * @param shouldShow what Stockbook publishes ({@code null} when nothing is published)
 * @param storeShows what the store shows ({@code null} when it does not manage stock)
 * @param status {@code in-sync}, {@code drift}, {@code fixed}, {@code unbound}, {@code
 *     not-managed}, {@code excluded} or {@code error}
 * @param message details in plain words, or {@code null}
 */
public record StockRow(
    String sku,
    Long booksOnHand,
    long pending,
    Long shouldShow,
    Long storeShows,
    String status,
    String message) {}
