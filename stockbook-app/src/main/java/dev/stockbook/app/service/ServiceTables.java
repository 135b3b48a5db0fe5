package dev.stockbook.app.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The service's own rows in the state database (migration V3): webhook events waiting to be worked,
 * and each connection's service status. Every method is one atomic statement or transaction.
 */
public final class ServiceTables {
  /** A recorded webhook event. */
  public record Event(
      long id,
      String connection,
      String source,
      String topic,
      String resourceId,
      Instant receivedAt) {}

  private final Jdbi jdbi;

  public ServiceTables(DataSource dataSource) {
    this.jdbi = Jdbi.create(dataSource);
  }

  /** Records an event; false when this delivery was recorded before (a duplicate). */
  public boolean record(
      String connection,
      String source,
      String deliveryId,
      String topic,
      String resourceId,
      Instant at) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO webhook_events (connection, source, delivery_id, topic, resource_id, received_at)"
                            + " VALUES (:c, :s, :d, :t, :r, :at) ON CONFLICT (connection, source, delivery_id) DO NOTHING")
                    .bind("c", connection)
                    .bind("s", source)
                    .bind("d", deliveryId)
                    .bind("t", topic)
                    .bind("r", resourceId)
                    .bind("at", at.toEpochMilli())
                    .execute())
        == 1;
  }

  /** Events of a connection not yet worked, oldest first. */
  public List<Event> waiting(String connection) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, connection, source, topic, resource_id, received_at FROM webhook_events"
                        + " WHERE connection = :c AND handled_at IS NULL ORDER BY id")
                .bind("c", connection)
                .map(
                    (rs, ctx) ->
                        new Event(
                            rs.getLong("id"),
                            rs.getString("connection"),
                            rs.getString("source"),
                            rs.getString("topic"),
                            rs.getString("resource_id"),
                            Instant.ofEpochMilli(rs.getLong("received_at"))))
                .list());
  }

  /** Marks the connection's events up to {@code lastId} as worked. */
  public void handled(String connection, long lastId, Instant at) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE webhook_events SET handled_at = :at WHERE connection = :c AND id <= :id AND handled_at IS NULL")
                .bind("at", at.toEpochMilli())
                .bind("c", connection)
                .bind("id", lastId)
                .execute());
  }

  /** Marks the connection's events with these ids as worked. */
  public void handledIds(String connection, List<Long> ids, Instant at) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE webhook_events SET handled_at = :at WHERE connection = :c AND id IN (<ids>)"
                        + " AND handled_at IS NULL")
                .bind("at", at.toEpochMilli())
                .bind("c", connection)
                .bindList("ids", ids)
                .execute());
  }

  /** Marks the connection's events of {@code topic} received before {@code before} as worked. */
  public void handledBefore(String connection, String topic, Instant before, Instant at) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE webhook_events SET handled_at = :at WHERE connection = :c AND topic = :t"
                        + " AND received_at < :before AND handled_at IS NULL")
                .bind("at", at.toEpochMilli())
                .bind("c", connection)
                .bind("t", topic)
                .bind("before", before.toEpochMilli())
                .execute());
  }

  /** The number of events recorded for a connection (tests and the admin API). */
  public long count(String connection) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM webhook_events WHERE connection = :c")
                .bind("c", connection)
                .mapTo(Long.class)
                .one());
  }

  /** The connection's service status; a connection never seen is active. */
  public ConnectionStatus status(String connection) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT status, message, last_cycle_at FROM service_connections WHERE connection = :c")
                .bind("c", connection)
                .map(
                    (rs, ctx) ->
                        new ConnectionStatus(
                            connection,
                            ConnectionStatus.State.parse(rs.getString("status")),
                            rs.getString("message"),
                            rs.getObject("last_cycle_at") == null
                                ? null
                                : Instant.ofEpochMilli(rs.getLong("last_cycle_at"))))
                .findOne()
                .orElse(
                    new ConnectionStatus(connection, ConnectionStatus.State.ACTIVE, null, null)));
  }

  /** Sets the status and its message, keeping the last cycle time. */
  public void setStatus(String connection, ConnectionStatus.State state, String message) {
    jdbi.useTransaction(
        h -> {
          int updated =
              h.createUpdate(
                      "UPDATE service_connections SET status = :s, message = :m, version = version + 1 WHERE connection = :c")
                  .bind("s", state.label())
                  .bind("m", message)
                  .bind("c", connection)
                  .execute();
          if (updated == 0) {
            h.createUpdate(
                    "INSERT INTO service_connections (connection, status, message, version) VALUES (:c, :s, :m, 1)"
                        + " ON CONFLICT (connection) DO UPDATE SET status = :s, message = :m")
                .bind("s", state.label())
                .bind("m", message)
                .bind("c", connection)
                .execute();
          }
        });
  }

  /** Remembers when the connection's last full cycle ran. */
  public void cycled(String connection, Instant at) {
    jdbi.useTransaction(
        h -> {
          int updated =
              h.createUpdate(
                      "UPDATE service_connections SET last_cycle_at = :at, version = version + 1 WHERE connection = :c")
                  .bind("at", at.toEpochMilli())
                  .bind("c", connection)
                  .execute();
          if (updated == 0) {
            h.createUpdate(
                    "INSERT INTO service_connections (connection, status, last_cycle_at, version) VALUES (:c, 'active', :at, 1)"
                        + " ON CONFLICT (connection) DO UPDATE SET last_cycle_at = :at")
                .bind("at", at.toEpochMilli())
                .bind("c", connection)
                .execute();
          }
        });
  }

  Optional<Instant> lastCycle(String connection) {
    return Optional.ofNullable(status(connection).lastCycleAt());
  }
}
