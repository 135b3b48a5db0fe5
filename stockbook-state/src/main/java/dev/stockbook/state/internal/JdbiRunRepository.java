package dev.stockbook.state.internal;

import dev.stockbook.core.state.CycleRun;
import dev.stockbook.core.state.RunRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The history of sync cycles in the {@code runs} table. */
public final class JdbiRunRepository implements RunRepository {
  private static final String COLUMNS =
      "connection, started_at, finished_at, orders_read, orders_posted, orders_parked,"
          + " stock_pushed, errors, summary";

  private final Jdbi jdbi;

  public JdbiRunRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void save(CycleRun run) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO runs ("
                        + COLUMNS
                        + ") VALUES (:connection, :startedAt, :finishedAt,"
                        + " :read, :posted, :parked, :pushed, :errors, :summary)")
                .bind("connection", run.connection())
                .bind("startedAt", Times.format(run.startedAt()))
                .bind("finishedAt", Times.format(run.finishedAt()))
                .bind("read", run.ordersRead())
                .bind("posted", run.ordersPosted())
                .bind("parked", run.ordersParked())
                .bind("pushed", run.stockPushed())
                .bind("errors", run.errors())
                .bind("summary", run.summary())
                .execute());
  }

  @Override
  public List<CycleRun> recent(String connection, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM runs WHERE connection = :connection"
                        + " ORDER BY started_at DESC, id DESC LIMIT :limit")
                .bind("connection", connection)
                .bind("limit", Math.max(0, limit))
                .map(JdbiRunRepository::map)
                .list());
  }

  private static CycleRun map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new CycleRun(
        rs.getString("connection"),
        Times.parse(rs.getString("started_at")),
        Times.parse(rs.getString("finished_at")),
        rs.getInt("orders_read"),
        rs.getInt("orders_posted"),
        rs.getInt("orders_parked"),
        rs.getInt("stock_pushed"),
        rs.getInt("errors"),
        rs.getString("summary"));
  }
}
