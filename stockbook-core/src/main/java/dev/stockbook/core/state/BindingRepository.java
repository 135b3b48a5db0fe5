package dev.stockbook.core.state;

import java.util.List;
import java.util.Optional;

/** SKU-to-item bindings. */
public interface BindingRepository {
  Optional<Binding> find(String connection, String sku);

  List<Binding> all(String connection);

  /** Inserts or replaces the binding of (connection, sku). */
  void save(Binding binding);

  void delete(String connection, String sku);
}
