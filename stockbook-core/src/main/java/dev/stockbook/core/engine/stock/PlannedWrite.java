package dev.stockbook.core.engine.stock;

import dev.stockbook.core.state.Binding;

/**
 * A quantity to write to the store: where, the target, what the store is believed to show, and, for
 * a sweep's write, what the store showed instead (so the record keeps telling the operator after
 * the fix).
 */
record PlannedWrite(Binding binding, StockTarget target, long storeShows, String drift) {

  String sku() {
    return binding.sku();
  }
}
