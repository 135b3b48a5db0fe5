package dev.stockbook.app.service;

import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.store.config.ConfigValues;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;

/**
 * What the service's routes, and route plug-ins such as the dashboard, work with: the wiring
 * (config, state, engines), the "sync now" trigger, the service tables, metrics and the admin
 * token.
 */
public final class ServiceRuntime {
  private final Wiring wiring;
  private final SyncScheduler scheduler;
  private final ServiceTables tables;
  private final ServiceMetrics metrics;
  private final String adminToken;
  private final Clock clock;

  ServiceRuntime(
      Wiring wiring,
      SyncScheduler scheduler,
      ServiceTables tables,
      ServiceMetrics metrics,
      String adminToken,
      Clock clock) {
    this.wiring = wiring;
    this.scheduler = scheduler;
    this.tables = tables;
    this.metrics = metrics;
    this.adminToken = adminToken == null ? "" : adminToken;
    this.clock = clock;
  }

  public Wiring wiring() {
    return wiring;
  }

  /**
   * "Sync now": a full cycle of the connection soon, recorded so that any node that picks it up
   * runs it.
   */
  public SyncTrigger sync() {
    return connection -> {
      tables.record(
          connection,
          "admin",
          java.util.UUID.randomUUID().toString(),
          WebhookTopics.REQUESTED,
          null,
          clock.instant());
      scheduler.wake(connection, WebhookTopics.REQUESTED);
    };
  }

  /** Brings the connection's next turn forward for an event of {@code topic} already recorded. */
  void wake(String connection, String topic) {
    scheduler.wake(connection, topic);
  }

  public ServiceTables tables() {
    return tables;
  }

  public ServiceMetrics metrics() {
    return metrics;
  }

  public Clock clock() {
    return clock;
  }

  /** The admin token (a secret: never log or show it). Empty when none is configured. */
  public String adminToken() {
    return adminToken;
  }

  /** Whether {@code authorization} is {@code Bearer <admin token>}, compared in constant time. */
  public boolean isAdmin(String authorization) {
    if (adminToken.isEmpty() || authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    byte[] given =
        authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, adminToken.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether {@code authorization} may read {@code /metrics}: the admin token, or {@code
   * server.metricsToken} when one is set (for a Prometheus that should not hold the admin token).
   */
  public boolean mayScrape(String authorization) {
    if (isAdmin(authorization)) {
      return true;
    }
    String metricsToken = wiring.config().node().metricsToken();
    return !metricsToken.isEmpty()
        && authorization != null
        && authorization.startsWith("Bearer ")
        && MessageDigest.isEqual(
            authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8),
            metricsToken.getBytes(StandardCharsets.UTF_8));
  }

  /** The configured connection of that name. */
  public Optional<ConfigValues> connection(String name) {
    return wiring.config().connections().stream()
        .filter(c -> c.string("name").equals(name))
        .findFirst();
  }
}
