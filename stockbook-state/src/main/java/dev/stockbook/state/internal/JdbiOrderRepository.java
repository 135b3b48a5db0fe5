package dev.stockbook.state.internal;

import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.state.OrderRepository;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.TrackedOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Orders in the {@code orders} table; the store's order is kept whole as JSON. */
public final class JdbiOrderRepository implements OrderRepository {
  private static final String COLUMNS =
      "connection, order_id, snapshot, revision, content_hash, state, reason, document_kind,"
          + " books_id, books_doc_number, first_seen_at, posted_at";

  private final Jdbi jdbi;

  public JdbiOrderRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<TrackedOrder> find(String connection, String orderId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM orders WHERE connection = :connection AND order_id = :orderId")
                .bind("connection", connection)
                .bind("orderId", orderId)
                .map(JdbiOrderRepository::map)
                .findOne());
  }

  @Override
  public void save(TrackedOrder order) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO orders ("
                        + COLUMNS
                        + ", order_number, version) VALUES (:connection,"
                        + " :orderId, :snapshot, :revision, :contentHash, :state, :reason, :documentKind,"
                        + " :booksId, :booksDocNumber, :firstSeenAt, :postedAt, :number, 1)"
                        + " ON CONFLICT (connection, order_id) DO UPDATE SET snapshot = excluded.snapshot,"
                        + " revision = excluded.revision, content_hash = excluded.content_hash,"
                        + " state = excluded.state, reason = excluded.reason,"
                        + " document_kind = excluded.document_kind, books_id = excluded.books_id,"
                        + " books_doc_number = excluded.books_doc_number,"
                        + " first_seen_at = excluded.first_seen_at, posted_at = excluded.posted_at,"
                        + " order_number = excluded.order_number, version = orders.version + 1")
                .bind("connection", order.connection())
                .bind("orderId", order.orderId())
                .bind("snapshot", Json.write(order.snapshot()))
                .bind("number", order.snapshot().number())
                .bind("revision", order.revision())
                .bind("contentHash", order.contentHash())
                .bind("state", order.state().name())
                .bind("reason", order.reason())
                .bind(
                    "documentKind",
                    order.documentKind() == null ? null : order.documentKind().name())
                .bind("booksId", order.booksId())
                .bind("booksDocNumber", order.booksDocNumber())
                .bind("firstSeenAt", Times.format(order.firstSeenAt()))
                .bind("postedAt", Times.format(order.postedAt()))
                .execute());
  }

  @Override
  public List<TrackedOrder> inStates(String connection, Collection<OrderState> states) {
    if (states.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM orders WHERE connection = :connection"
                        + " AND state IN (<states>) ORDER BY first_seen_at, order_id")
                .bind("connection", connection)
                .bindList("states", states.stream().map(OrderState::name).toList())
                .map(JdbiOrderRepository::map)
                .list());
  }

  @Override
  public List<TrackedOrder> byNumber(String connection, String numberOrId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM orders WHERE connection = :connection"
                        + " AND (order_number = :value OR order_id = :value) ORDER BY first_seen_at, order_id")
                .bind("connection", connection)
                .bind("value", numberOrId)
                .map(JdbiOrderRepository::map)
                .list());
  }

  @Override
  public Map<OrderState, Long> countByState(String connection) {
    Map<OrderState, Long> counts = new EnumMap<>(OrderState.class);
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT state, COUNT(*) AS n FROM orders WHERE connection = :connection GROUP BY state")
                .bind("connection", connection)
                .map(
                    (rs, ctx) ->
                        Map.entry(OrderState.valueOf(rs.getString("state")), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
    return counts;
  }

  private static TrackedOrder map(ResultSet rs, StatementContext ctx) throws SQLException {
    String kind = rs.getString("document_kind");
    return new TrackedOrder(
        rs.getString("connection"),
        rs.getString("order_id"),
        Json.readOrder(rs.getString("snapshot")),
        rs.getInt("revision"),
        rs.getString("content_hash"),
        OrderState.valueOf(rs.getString("state")),
        rs.getString("reason"),
        kind == null ? null : DocumentKind.valueOf(kind),
        rs.getString("books_id"),
        rs.getString("books_doc_number"),
        Times.parse(rs.getString("first_seen_at")),
        Times.parse(rs.getString("posted_at")));
  }
}
