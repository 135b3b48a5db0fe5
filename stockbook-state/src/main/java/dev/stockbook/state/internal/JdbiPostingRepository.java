package dev.stockbook.state.internal;

import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.core.state.PostingRepository;
import dev.stockbook.core.state.PostingState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The posting ledger in the {@code postings} table. Claiming a key never reads before it writes:
 * the primary key decides who inserted first, and a conditional update decides who reopened a
 * {@code NOT_APPLIED} row first, so two processes can never both send the same write.
 */
public final class JdbiPostingRepository implements PostingRepository {
  private static final String COLUMNS =
      "posting_key, connection, order_id, kind, state, books_id, doc_number, message, attempts,"
          + " created_at, updated_at";

  private final Jdbi jdbi;

  public JdbiPostingRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public boolean begin(Posting posting) {
    return jdbi.withHandle(h -> insertIfAbsent(h, posting) || reopenIfNotApplied(h, posting));
  }

  /** Inserts the row; 0 rows means the key already exists (the database's unique key decided). */
  private static boolean insertIfAbsent(Handle h, Posting p) {
    return h.createUpdate(
                "INSERT INTO postings ("
                    + COLUMNS
                    + ", version) VALUES (:key, :connection, :orderId,"
                    + " :kind, :state, :booksId, :docNumber, :message, :attempts, :createdAt,"
                    + " :updatedAt, 1) ON CONFLICT (posting_key) DO NOTHING")
            .bind("key", p.key())
            .bind("connection", p.connection())
            .bind("orderId", p.orderId())
            .bind("kind", p.kind().name())
            .bind("state", PostingState.SENDING.name())
            .bind("booksId", p.booksId())
            .bind("docNumber", p.docNumber())
            .bind("message", p.message())
            .bind("attempts", Math.max(1, p.attempts()))
            .bind("createdAt", Times.format(p.createdAt()))
            .bind("updatedAt", Times.format(p.updatedAt()))
            .execute()
        == 1;
  }

  /**
   * Moves a NOT_APPLIED row to SENDING; 0 rows means it is in another state or someone else won.
   */
  private static boolean reopenIfNotApplied(Handle h, Posting p) {
    return h.createUpdate(
                "UPDATE postings SET state = 'SENDING', attempts = attempts + 1, updated_at = :at,"
                    + " version = version + 1 WHERE posting_key = :key AND state = 'NOT_APPLIED'")
            .bind("key", p.key())
            .bind("at", Times.format(p.updatedAt()))
            .execute()
        == 1;
  }

  @Override
  public void record(String key, PostingState state, String booksId, String message, Instant at) {
    int rows =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE postings SET state = :state, books_id = COALESCE(:booksId, books_id),"
                            + " message = :message, updated_at = :at, version = version + 1"
                            + " WHERE posting_key = :key")
                    .bind("key", key)
                    .bind("state", state.name())
                    .bind("booksId", booksId)
                    .bind("message", message)
                    .bind("at", Times.format(at))
                    .execute());
    if (rows == 0) {
      throw new IllegalStateException("no posting " + key);
    }
  }

  @Override
  public Optional<Posting> find(String key) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM postings WHERE posting_key = :key")
                .bind("key", key)
                .map(JdbiPostingRepository::map)
                .findOne());
  }

  @Override
  public List<Posting> unresolved(String connection) {
    return inStates(
        connection, List.of(PostingState.SENDING.name(), PostingState.UNCERTAIN.name()));
  }

  @Override
  public List<Posting> inState(String connection, PostingState state) {
    return inStates(connection, List.of(state.name()));
  }

  private List<Posting> inStates(String connection, List<String> states) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM postings WHERE connection = :connection"
                        + " AND state IN (<states>) ORDER BY created_at, posting_key")
                .bind("connection", connection)
                .bindList("states", states)
                .map(JdbiPostingRepository::map)
                .list());
  }

  @Override
  public List<Posting> forOrder(String connection, String orderId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM postings WHERE connection = :connection"
                        + " AND order_id = :orderId ORDER BY created_at, posting_key")
                .bind("connection", connection)
                .bind("orderId", orderId)
                .map(JdbiPostingRepository::map)
                .list());
  }

  private static Posting map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Posting(
        rs.getString("posting_key"),
        rs.getString("connection"),
        rs.getString("order_id"),
        PostingKind.valueOf(rs.getString("kind")),
        PostingState.valueOf(rs.getString("state")),
        rs.getString("books_id"),
        rs.getString("doc_number"),
        rs.getString("message"),
        rs.getInt("attempts"),
        Times.parse(rs.getString("created_at")),
        Times.parse(rs.getString("updated_at")));
  }
}
