package dev.stockbook.app.service;

import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConfigValues;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;

/**
 * What the service's routes, and route plug-ins such as the dashboard, work with: the wiring
 * (config, state, engines), the "sync now" trigger, the service tables, metrics and the admin token.
 */
public final class ServiceRuntime {
  private final Wiring wiring;
  private final SyncTrigger sync;
  private final ServiceTables tables;
  private final ServiceMetrics metrics;
  private final String adminToken;
  private final Clock clock;

  ServiceRuntime(Wiring wiring, SyncTrigger sync, ServiceTables tables, ServiceMetrics metrics, String adminToken, Clock clock) {
    this.wiring = wiring;
    this.sync = sync;
    this.tables = tables;
    this.metrics = metrics;
    this.adminToken = adminToken == null ? "" : adminToken;
    this.clock = clock;
  }

  public Wiring wiring() {
    return wiring;
  }

  /** Brings a connection's next sync forward. */
  public SyncTrigger sync() {
    return sync;
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
    byte[] given = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, adminToken.getBytes(StandardCharsets.UTF_8));
  }

  /** The configured connection of that name. */
  public Optional<ConfigValues> connection(String name) {
    return wiring.config().connections().stream().filter(c -> c.string("name").equals(name)).findFirst();
  }
}
