package dev.stockbook.core.state;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Published stock per SKU. */
public interface StockRepository {
  Optional<StockRecord> find(String connection, String sku);

  List<StockRecord> all(String connection);

  /** The records whose status is one of {@code statuses}, by SKU. */
  List<StockRecord> withStatus(String connection, Collection<StockStatus> statuses);

  /** Inserts or replaces the record of (connection, sku). */
  void save(StockRecord record);
}
