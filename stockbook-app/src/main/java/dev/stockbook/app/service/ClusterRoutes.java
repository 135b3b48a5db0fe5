package dev.stockbook.app.service;

import io.javalin.Javalin;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/cluster} (admin token): the nodes with their last heartbeat and whether they are
 * alive, the recent turns with the node that worked each, the failing connections, and each
 * QuickBooks company's calls this month.
 */
final class ClusterRoutes {
  /** Intuit's Builder tier blocks a company's CorePlus calls beyond this many a month. */
  static final long MONTHLY_CALLS = 500_000;

  private final ServiceRuntime runtime;
  private final ClusterTables cluster;
  private final Duration deadAfter;

  ClusterRoutes(ServiceRuntime runtime, ClusterTables cluster, SyncScheduler.Timing timing) {
    this.runtime = runtime;
    this.cluster = cluster;
    this.deadAfter = timing.heartbeatInterval().multipliedBy(timing.missedHeartbeats());
  }

  void register(Javalin app) {
    app.get(
        "/api/cluster",
        ctx ->
            ctx.contentType("application/json")
                .result(AdminRoutes.JSON.writeValueAsString(view(runtime.clock().instant()))));
  }

  Map<String, Object> view(Instant now) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Map<String, Object>> nodes =
        cluster.nodes().stream()
            .map(
                n -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("node", n.node());
                  m.put("startedAt", n.startedAt());
                  m.put("heartbeatAt", n.heartbeatAt());
                  m.put(
                      "state",
                      n.stoppedAt() != null
                          ? "stopped"
                          : n.alive(now, deadAfter) ? "alive" : "dead");
                  return m;
                })
            .toList();
    out.put("nodes", nodes);
    out.put("failing", cluster.failing());
    out.put("turns", cluster.recentTurns(50));
    out.put("quickbooksCallsThisMonth", runtime.wiring().quickBooksCallsThisMonth());
    out.put("quickbooksMonthlyLimit", MONTHLY_CALLS);
    return out;
  }
}
