package dev.stockbook.app.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.SyncEngine;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.store.config.ConfigValues;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The admin API under {@code /api}: JSON, and every request needs {@code Authorization: Bearer
 * <admin token>}. Connections with their status, sync now, pause/resume, runs, parked orders, stock
 * drift, and retry or ignore an order. Secrets are never part of an answer.
 */
final class AdminRoutes {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final ServiceRuntime runtime;

  AdminRoutes(ServiceRuntime runtime) {
    this.runtime = runtime;
  }

  void register(Javalin app) {
    app.before(
        "/api/*",
        ctx -> {
          if (!runtime.isAdmin(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse(
                runtime.adminToken().isEmpty()
                    ? "The admin API is off: set admin.token in the config or STOCKBOOK_ADMIN_TOKEN."
                    : "Send Authorization: Bearer <admin token>.");
          }
        });
    app.get(
        "/api/connections",
        ctx ->
            json(
                ctx, runtime.wiring().config().connections().stream().map(this::summary).toList()));
    app.post(
        "/api/connections/{name}/sync",
        ctx -> {
          runtime.sync().syncNow(name(ctx));
          json(ctx.status(202), Map.of("connection", name(ctx), "sync", "requested"));
        });
    app.post(
        "/api/connections/{name}/pause",
        ctx -> setState(ctx, ConnectionStatus.State.PAUSED, "Paused by an operator."));
    app.post(
        "/api/connections/{name}/resume",
        ctx -> {
          setState(ctx, ConnectionStatus.State.ACTIVE, null);
          runtime.sync().syncNow(name(ctx));
        });
    app.get(
        "/api/connections/{name}/runs",
        ctx ->
            json(
                ctx,
                runtime
                    .wiring()
                    .state()
                    .runs()
                    .recent(
                        name(ctx),
                        ctx.queryParamAsClass("limit", Integer.class).getOrDefault(20))));
    app.get(
        "/api/connections/{name}/orders",
        ctx ->
            json(
                ctx,
                runtime
                    .wiring()
                    .state()
                    .orders()
                    .inStates(
                        name(ctx),
                        List.of(
                            OrderState.valueOf(
                                ctx.queryParamAsClass("state", String.class)
                                    .getOrDefault("parked")
                                    .toUpperCase(Locale.ROOT))))));
    app.get(
        "/api/connections/{name}/stock",
        ctx -> json(ctx, withEngine(ctx, e -> e.reconcile(false))));
    app.post(
        "/api/connections/{name}/orders/{order}/retry",
        ctx ->
            json(
                ctx,
                withEngine(
                    ctx,
                    e ->
                        e.retry(ctx.pathParam("order"))
                            .orElseThrow(() -> new NotFoundResponse("No such order.")))));
    app.post(
        "/api/connections/{name}/orders/{order}/ignore",
        ctx -> {
          JsonNode body =
              ctx.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(ctx.body());
          String note = body.path("note").asText("no note");
          json(
              ctx,
              withEngine(
                  ctx,
                  e ->
                      e.ignore(ctx.pathParam("order"), note)
                          .orElseThrow(() -> new NotFoundResponse("No such order."))));
        });
  }

  private Map<String, Object> summary(ConfigValues c) {
    String name = c.string("name");
    ConnectionStatus status = runtime.tables().status(name);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", name);
    out.put("status", status.state().label());
    out.put("message", status.message());
    out.put("lastCycleAt", status.lastCycleAt());
    out.put("schedule", c.string("sync.schedule"));
    out.put("orders", runtime.wiring().state().orders().countByState(name));
    out.put(
        "lastRun",
        runtime.wiring().state().runs().recent(name, 1).stream().findFirst().orElse(null));
    return out;
  }

  private void setState(Context ctx, ConnectionStatus.State state, String message)
      throws Exception {
    runtime.tables().setStatus(name(ctx), state, message);
    json(ctx, summary(runtime.connection(name(ctx)).orElseThrow()));
  }

  private String name(Context ctx) {
    String name = ctx.pathParam("name");
    if (runtime.connection(name).isEmpty()) {
      throw new NotFoundResponse("No connection named " + name + ".");
    }
    return name;
  }

  private <T> T withEngine(Context ctx, Function<SyncEngine, T> work) {
    SyncContext sync = runtime.wiring().context(runtime.connection(name(ctx)).orElseThrow());
    try {
      return work.apply(new SyncEngine(sync));
    } finally {
      sync.store().close();
    }
  }

  private static void json(Context ctx, Object value) throws Exception {
    ctx.contentType("application/json").result(JSON.writeValueAsString(value));
  }
}
