package dev.stockbook.core.state;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** SKU-to-item bindings. */
public interface BindingRepository {
  Optional<Binding> find(String connection, String sku);

  List<Binding> all(String connection);

  /** The bindings of these SKUs, by SKU; SKUs without one are left out. */
  List<Binding> forSkus(String connection, Collection<String> skus);

  /** The bindings to these QuickBooks items, by SKU. */
  List<Binding> forItems(String connection, Collection<String> booksItemIds);

  /** Inserts or replaces the binding of (connection, sku). */
  void save(Binding binding);

  void delete(String connection, String sku);
}
