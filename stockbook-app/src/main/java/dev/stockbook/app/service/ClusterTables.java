package dev.stockbook.app.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * What the nodes of one database tell each other (migration V6): each node's heartbeat, which node
 * worked each turn and how it ended, and how many turns of a connection failed in a row. Readiness
 * and the cluster view read them; every method is one statement or transaction.
 */
public final class ClusterTables {
  /** A connection whose last {@code failedTurns} turns failed, the last with {@code lastError}. */
  public record Failing(String connection, int failedTurns, String lastError) {}

  /** A node and when it last said it was alive. */
  public record Node(String node, Instant startedAt, Instant heartbeatAt, Instant stoppedAt) {
    /** Alive unless stopped or silent for longer than {@code deadAfter}. */
    public boolean alive(Instant now, Duration deadAfter) {
      return stoppedAt == null && !heartbeatAt.plus(deadAfter).isBefore(now);
    }
  }

  /** One turn of one connection. */
  public record Turn(
      String connection,
      String node,
      Instant startedAt,
      Instant finishedAt,
      String outcome,
      String message) {}

  /** Turns in a row that make a connection "failing": /ready says false, the dashboard red. */
  public static final int FAILING_AFTER = 3;

  private static final Duration KEEP_TURNS = Duration.ofDays(2);
  private final Jdbi jdbi;

  public ClusterTables(DataSource dataSource) {
    this.jdbi = Jdbi.create(dataSource);
  }

  /** This node is alive at {@code now} (started at {@code startedAt}). */
  public void heartbeat(String node, Instant startedAt, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO service_nodes (node, started_at, heartbeat_at) VALUES (:n, :s, :at)"
                        + " ON CONFLICT (node) DO UPDATE SET heartbeat_at = :at, started_at = :s,"
                        + " stopped_at = NULL")
                .bind("n", node)
                .bind("s", startedAt.toEpochMilli())
                .bind("at", now.toEpochMilli())
                .execute());
  }

  /** This node stopped on purpose. */
  public void stopped(String node, Instant at) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE service_nodes SET stopped_at = :at WHERE node = :n")
                .bind("n", node)
                .bind("at", at.toEpochMilli())
                .execute());
  }

  public List<Node> nodes() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT node, started_at, heartbeat_at, stopped_at FROM service_nodes ORDER BY node")
                .map(
                    (rs, ctx) ->
                        new Node(
                            rs.getString("node"),
                            Instant.ofEpochMilli(rs.getLong("started_at")),
                            Instant.ofEpochMilli(rs.getLong("heartbeat_at")),
                            rs.getObject("stopped_at") == null
                                ? null
                                : Instant.ofEpochMilli(rs.getLong("stopped_at"))))
                .list());
  }

  /**
   * Records a turn and the connection's run of failures: reset by a turn that went well, one more
   * by one that failed ({@code ok} false).
   */
  public void turn(Turn turn, boolean ok) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO service_turns (connection, node, started_at, finished_at, outcome,"
                      + " message) VALUES (:c, :n, :s, :f, :o, :m)")
              .bind("c", turn.connection())
              .bind("n", turn.node())
              .bind("s", turn.startedAt().toEpochMilli())
              .bind("f", turn.finishedAt().toEpochMilli())
              .bind("o", turn.outcome())
              .bind("m", turn.message())
              .execute();
          h.createUpdate(
                  "INSERT INTO service_connections (connection, status, version) VALUES (:c,"
                      + " 'active', 1) ON CONFLICT (connection) DO NOTHING")
              .bind("c", turn.connection())
              .execute();
          h.createUpdate(
                  ok
                      ? "UPDATE service_connections SET failed_turns = 0 WHERE connection = :c"
                      : "UPDATE service_connections SET failed_turns = failed_turns + 1,"
                          + " last_error = :m WHERE connection = :c")
              .bind("c", turn.connection())
              .bind("m", turn.message())
              .execute();
          h.createUpdate("DELETE FROM service_turns WHERE connection = :c AND finished_at < :old")
              .bind("c", turn.connection())
              .bind("old", turn.finishedAt().minus(KEEP_TURNS).toEpochMilli())
              .execute();
        });
  }

  /** The connections whose last {@link #FAILING_AFTER} turns or more failed. */
  public List<Failing> failing() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT connection, failed_turns, last_error FROM service_connections"
                        + " WHERE failed_turns >= :n ORDER BY connection")
                .bind("n", FAILING_AFTER)
                .map(
                    (rs, ctx) ->
                        new Failing(
                            rs.getString("connection"),
                            rs.getInt("failed_turns"),
                            rs.getString("last_error")))
                .list());
  }

  public Optional<Failing> failing(String connection) {
    return failing().stream().filter(f -> f.connection().equals(connection)).findFirst();
  }

  /** The most recent turns, newest first. */
  public List<Turn> recentTurns(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT connection, node, started_at, finished_at, outcome, message"
                        + " FROM service_turns ORDER BY finished_at DESC LIMIT :l")
                .bind("l", limit)
                .map(
                    (rs, ctx) ->
                        new Turn(
                            rs.getString("connection"),
                            rs.getString("node"),
                            Instant.ofEpochMilli(rs.getLong("started_at")),
                            Instant.ofEpochMilli(rs.getLong("finished_at")),
                            rs.getString("outcome"),
                            rs.getString("message")))
                .list());
  }
}
