package dev.stockbook.state.internal;

import dev.stockbook.core.state.Binding;
import dev.stockbook.core.state.BindingRepository;
import dev.stockbook.store.StockAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** SKU-to-item bindings in the {@code bindings} table, unique per (connection, sku). */
public final class JdbiBindingRepository implements BindingRepository {
  private static final String COLUMNS =
      "connection, sku, books_item_id, store_product_id, store_variation_id, store_inventory_item_id,"
          + " store_location_id, tracked, origin";

  private static final int CHUNK = 500;
  private final Jdbi jdbi;

  public JdbiBindingRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Binding> find(String connection, String sku) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM bindings WHERE connection = :connection AND sku = :sku")
                .bind("connection", connection)
                .bind("sku", sku)
                .map(JdbiBindingRepository::map)
                .findOne());
  }

  @Override
  public List<Binding> all(String connection) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM bindings WHERE connection = :connection ORDER BY sku")
                .bind("connection", connection)
                .map(JdbiBindingRepository::map)
                .list());
  }

  @Override
  public List<Binding> forSkus(String connection, Collection<String> skus) {
    return in(connection, "sku", skus);
  }

  @Override
  public List<Binding> forItems(String connection, Collection<String> booksItemIds) {
    return in(connection, "books_item_id", booksItemIds);
  }

  /**
   * Rows whose {@code column} is one of {@code values}, by SKU; asked in chunks so no statement
   * grows past the drivers' limits.
   */
  private List<Binding> in(String connection, String column, Collection<String> values) {
    // an order line without a SKU brings a null: it matches no row
    List<String> all = values.stream().filter(java.util.Objects::nonNull).distinct().toList();
    List<Binding> found = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      found.addAll(
          jdbi.withHandle(
              h ->
                  h.createQuery(
                          "SELECT "
                              + COLUMNS
                              + " FROM bindings WHERE connection = :connection AND "
                              + column
                              + " IN (<values>)")
                      .bind("connection", connection)
                      .bindList("values", chunk)
                      .map(JdbiBindingRepository::map)
                      .list()));
    }
    found.sort(Comparator.comparing(Binding::sku));
    return found;
  }

  @Override
  public void save(Binding b) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO bindings ("
                        + COLUMNS
                        + ", version) VALUES (:connection, :sku, :itemId,"
                        + " :productId, :variationId, :inventoryItemId, :locationId, :tracked, :origin, 1)"
                        + " ON CONFLICT (connection, sku) DO UPDATE SET"
                        + " books_item_id = excluded.books_item_id,"
                        + " store_product_id = excluded.store_product_id,"
                        + " store_variation_id = excluded.store_variation_id,"
                        + " store_inventory_item_id = excluded.store_inventory_item_id,"
                        + " store_location_id = excluded.store_location_id,"
                        + " tracked = excluded.tracked, origin = excluded.origin,"
                        + " version = bindings.version + 1")
                .bind("connection", b.connection())
                .bind("sku", b.sku())
                .bind("itemId", b.booksItemId())
                .bind("productId", b.bound() ? b.store().productId() : null)
                .bind("variationId", b.bound() ? b.store().variationId() : null)
                .bind("inventoryItemId", b.bound() ? b.store().inventoryItemId() : null)
                .bind("locationId", b.bound() ? b.store().locationId() : null)
                .bind("tracked", b.tracked())
                .bind("origin", b.origin().name())
                .execute());
  }

  @Override
  public void delete(String connection, String sku) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM bindings WHERE connection = :connection AND sku = :sku")
                .bind("connection", connection)
                .bind("sku", sku)
                .execute());
  }

  /**
   * Rows written before inventory items and locations existed (migration V5) have neither: those
   * came from single-location stores, where the product or variation carries its own stock.
   */
  private static StockAddress address(ResultSet rs) throws SQLException {
    String product = rs.getString("store_product_id");
    if (product == null) {
      return null;
    }
    String variation = rs.getString("store_variation_id");
    String item = rs.getString("store_inventory_item_id");
    return item == null
        ? StockAddress.single(product, variation)
        : new StockAddress(product, variation, item, rs.getString("store_location_id"));
  }

  private static Binding map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Binding(
        rs.getString("connection"),
        rs.getString("sku"),
        rs.getString("books_item_id"),
        address(rs),
        rs.getBoolean("tracked"),
        Binding.Origin.valueOf(rs.getString("origin")));
  }
}
