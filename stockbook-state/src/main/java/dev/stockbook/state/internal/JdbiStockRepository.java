package dev.stockbook.state.internal;

import dev.stockbook.core.state.StockRecord;
import dev.stockbook.core.state.StockRepository;
import dev.stockbook.core.state.StockStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Stock records in the {@code stock} table, one per (connection, sku). */
public final class JdbiStockRepository implements StockRepository {
  private static final String COLUMNS =
      "connection, sku, books_quantity, published_quantity, store_quantity, updated_at, status,"
          + " message";

  private final Jdbi jdbi;

  public JdbiStockRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<StockRecord> find(String connection, String sku) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM stock WHERE connection = :connection AND sku = :sku")
                .bind("connection", connection)
                .bind("sku", sku)
                .map(JdbiStockRepository::map)
                .findOne());
  }

  @Override
  public List<StockRecord> all(String connection) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT " + COLUMNS + " FROM stock WHERE connection = :connection ORDER BY sku")
                .bind("connection", connection)
                .map(JdbiStockRepository::map)
                .list());
  }

  @Override
  public List<StockRecord> withStatus(String connection, Collection<StockStatus> statuses) {
    if (statuses.isEmpty()) {
      return List.of();
    }
    return jdbi
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT "
                            + COLUMNS
                            + " FROM stock WHERE connection = :connection AND status IN (<statuses>)")
                    .bind("connection", connection)
                    .bindList("statuses", statuses.stream().map(StockStatus::code).toList())
                    .map(JdbiStockRepository::map)
                    .list())
        .stream()
        .sorted(java.util.Comparator.comparing(StockRecord::sku))
        .toList();
  }

  @Override
  public void save(StockRecord r) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO stock ("
                        + COLUMNS
                        + ", version) VALUES (:connection, :sku, :books,"
                        + " :published, :store, :updatedAt, :status, :message, 1)"
                        + " ON CONFLICT (connection, sku) DO UPDATE SET"
                        + " books_quantity = excluded.books_quantity,"
                        + " published_quantity = excluded.published_quantity,"
                        + " store_quantity = excluded.store_quantity, updated_at = excluded.updated_at,"
                        + " status = excluded.status, message = excluded.message,"
                        + " version = stock.version + 1")
                .bind("connection", r.connection())
                .bind("sku", r.sku())
                .bind("books", r.booksQuantity())
                .bind("published", r.publishedQuantity())
                .bind("store", r.storeQuantity())
                .bind("updatedAt", Times.format(r.updatedAt()))
                .bind("status", r.status() == null ? null : r.status().code())
                .bind("message", r.message())
                .execute());
  }

  private static StockRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new StockRecord(
        rs.getString("connection"),
        rs.getString("sku"),
        nullableLong(rs, "books_quantity"),
        nullableLong(rs, "published_quantity"),
        nullableLong(rs, "store_quantity"),
        Times.parse(rs.getString("updated_at")),
        rs.getString("status") == null ? null : StockStatus.ofCode(rs.getString("status")),
        rs.getString("message"));
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}
