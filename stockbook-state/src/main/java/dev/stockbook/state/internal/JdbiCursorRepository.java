package dev.stockbook.state.internal;

import dev.stockbook.core.state.CursorRepository;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Cursors in the {@code cursors} table, moved by compare-and-set on {@code version}: zero rows
 * changed means another process moved the cursor first, which is an answer, not an error.
 */
public final class JdbiCursorRepository implements CursorRepository {
  private final Jdbi jdbi;

  public JdbiCursorRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Cursor> get(String connection, String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT value, version FROM cursors WHERE connection = :connection AND name = :name")
                .bind("connection", connection)
                .bind("name", name)
                .map((rs, ctx) -> new Cursor(rs.getString("value"), rs.getLong("version")))
                .findOne());
  }

  @Override
  public boolean compareAndSet(String connection, String name, long expectedVersion, String value) {
    String sql =
        expectedVersion == 0
            ? "INSERT INTO cursors (connection, name, value, version) VALUES (:connection, :name,"
                + " :value, 1) ON CONFLICT (connection, name) DO NOTHING"
            : "UPDATE cursors SET value = :value, version = version + 1"
                + " WHERE connection = :connection AND name = :name AND version = :expected";
    return jdbi.withHandle(
        h ->
            h.createUpdate(sql)
                    .bind("connection", connection)
                    .bind("name", name)
                    .bind("value", value)
                    .bind("expected", expectedVersion)
                    .execute()
                == 1);
  }
}
