package dev.stockbook.shopify.internal;

import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;

/** A refused stock write in plain words, naming the SKU and what to do where there is something. */
final class Refusals {
  private Refusals() {}

  static StockWriteResult of(StockWrite write, SetAnswer.Error error) {
    String hint =
        switch (error.code()) {
          case "INVALID_INVENTORY_ITEM" ->
              "; the variant with this SKU was probably deleted in Shopify's admin (its inventory"
                  + " item is gone)";
          case "ITEM_NOT_STOCKED_AT_LOCATION" ->
              "; stock it at that location in Shopify's admin, or choose another store.location";
          case "INVALID_LOCATION" -> "; check store.location";
          default -> "";
        };
    boolean retriable = "IDEMPOTENCY_CONCURRENT_REQUEST".equals(error.code());
    return StockWriteResult.rejected(
        write,
        "Shopify refused stock for SKU " + write.sku() + ": " + error.describe() + hint,
        retriable);
  }

  /** A row Shopify did not blame, in a call it refused twice for other rows. */
  static StockWriteResult notApplied(StockWrite write) {
    return StockWriteResult.rejected(
        write,
        "Stock for SKU "
            + write.sku()
            + " was not written: Shopify refused the request for other SKUs in it",
        true);
  }
}
