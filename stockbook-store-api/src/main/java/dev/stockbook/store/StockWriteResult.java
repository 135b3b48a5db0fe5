package dev.stockbook.store;

/**
 * The outcome of one {@link StockWrite}.
 *
 * @param write the write this answers
 * @param ok whether the store accepted it
 * @param storeQuantity the quantity the store reports after the write ({@code null} if unknown)
 * @param error the store's error in plain words when not ok, else {@code null}
 * @param retriable whether trying again later may succeed
 */
public record StockWriteResult(
    StockWrite write, boolean ok, Long storeQuantity, String error, boolean retriable) {

  public static StockWriteResult accepted(StockWrite write, Long storeQuantity) {
    return new StockWriteResult(write, true, storeQuantity, null, false);
  }

  public static StockWriteResult rejected(StockWrite write, String error, boolean retriable) {
    return new StockWriteResult(write, false, null, error, retriable);
  }
}
