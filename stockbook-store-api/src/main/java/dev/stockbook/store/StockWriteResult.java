package dev.stockbook.store;

/**
 * The outcome of one {@link StockWrite}.
 *
 * @param write the write this answers
 * @param ok whether the store accepted it
 * @param storeQuantity the quantity the store reports after the write, or, for a compare-and-swap
 *     the store refused because its quantity had moved, the quantity it shows now ({@code null} if
 *     unknown)
 * @param error the store's error in plain words when not ok, else {@code null}
 * @param retriable whether trying again later may succeed
 */
public record StockWriteResult(
    StockWrite write, boolean ok, Long storeQuantity, String error, boolean retriable) {

  public static StockWriteResult accepted(StockWrite write, Long storeQuantity) {
    return new StockWriteResult(write, true, storeQuantity, null, false);
  }

  /** A compare-and-swap refused: the store shows {@code storeQuantity}, not what was expected. */
  public static StockWriteResult stale(StockWrite write, long storeQuantity, String error) {
    return new StockWriteResult(write, false, storeQuantity, error, true);
  }

  public static StockWriteResult rejected(StockWrite write, String error, boolean retriable) {
    return new StockWriteResult(write, false, null, error, retriable);
  }
}
