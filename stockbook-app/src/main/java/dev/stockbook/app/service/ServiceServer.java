package dev.stockbook.app.service;

import dev.stockbook.app.config.StartupProblem;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.state.DatabaseStateStore;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code stockbook serve}: the HTTP server (webhooks, admin API, metrics, health, and route
 * plug-ins such as the dashboard) and the scheduler that syncs every connection, in one process.
 * Several servers on one PostgreSQL share the connections.
 */
public final class ServiceServer implements AutoCloseable {
  private final Javalin app;
  private final SyncScheduler scheduler;
  private final ServiceRuntime runtime;
  private final URI publicUrl;
  private final String host;
  private AutoCloseable heartbeat = () -> {};

  private ServiceServer(
      Javalin app, SyncScheduler scheduler, ServiceRuntime runtime, URI publicUrl, String host) {
    this.host = host;
    this.app = app;
    this.scheduler = scheduler;
    this.runtime = runtime;
    this.publicUrl = publicUrl;
  }

  public static Builder builder(Wiring wiring) {
    return new Builder(wiring);
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The address the server listens on. */
  public String host() {
    return host;
  }

  /** Where stores and QuickBooks reach this server. */
  public URI publicUrl() {
    return publicUrl;
  }

  public ServiceRuntime runtime() {
    return runtime;
  }

  @Override
  public void close() {
    try {
      heartbeat.close();
    } catch (Exception e) {
      // stopping anyway
    }
    scheduler.close();
    app.stop();
  }

  /** Settings of a {@link ServiceServer}; only the wiring is required. */
  public static final class Builder {
    private final Wiring wiring;
    private final List<Function<ServiceRuntime, Consumer<Javalin>>> plugins = new ArrayList<>();
    private int port;
    private String host;
    private String publicUrl = "";
    private String adminToken = "";
    private Clock clock = Clock.systemUTC();
    private SyncScheduler.Timing timing =
        SyncScheduler.Timing.defaults("stockbook-" + ProcessHandle.current().pid());
    private int maxBodyBytes = 1 << 20;

    private Builder(Wiring wiring) {
      this.wiring = Objects.requireNonNull(wiring, "wiring");
      this.port = wiring.config().serverPort();
      this.host = wiring.config().node().serverHost();
      this.publicUrl = wiring.config().publicUrl();
      this.adminToken = wiring.config().adminToken();
    }

    /** 0 = any free port. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** The address to listen on ({@code server.host}; 0.0.0.0 = every interface). */
    public Builder host(String value) {
      this.host = value;
      return this;
    }

    /** Empty = {@code http://127.0.0.1:<port>}. */
    public Builder publicUrl(String value) {
      this.publicUrl = value == null ? "" : value;
      return this;
    }

    public Builder adminToken(String value) {
      this.adminToken = value == null ? "" : value;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    public Builder timing(SyncScheduler.Timing value) {
      this.timing = value;
      return this;
    }

    /** Larger webhook bodies are refused with 413 before they are read whole. */
    public Builder maxBodyBytes(int value) {
      this.maxBodyBytes = value;
      return this;
    }

    /** Extra routes, added before the server starts. */
    public Builder plugin(Consumer<Javalin> routes) {
      plugins.add(runtime -> routes);
      return this;
    }

    /**
     * Extra routes that need the runtime (wiring, sync trigger, admin token), e.g. the dashboard.
     */
    public Builder pluginWith(Function<ServiceRuntime, Consumer<Javalin>> routes) {
      plugins.add(routes);
      return this;
    }

    /** Starts the HTTP server, then the scheduler. */
    public ServiceServer start() {
      if (!(wiring.state() instanceof DatabaseStateStore db)) {
        throw new IllegalStateException("the service needs a SQL state database");
      }
      ServiceTables tables = new ServiceTables(db.dataSource());
      ServiceMetrics metrics = new ServiceMetrics();
      wiring.observeQuickBooks(metrics.quickbooks());
      metrics.monthlyCalls(wiring);
      WebhookSecrets secrets = new WebhookSecrets(wiring);
      WebhookKeeper keeper = new WebhookKeeper(secrets);
      ClusterTables cluster = new ClusterTables(db.dataSource());
      ConnectionRun run =
          new ConnectionRun(
              wiring,
              tables,
              metrics,
              clock,
              timing.debounce(),
              keeper,
              cluster,
              timing.nodeName());
      SyncScheduler scheduler =
          new SyncScheduler(wiring.config(), db.dataSource(), run, timing, clock);
      run.wakeWith(sibling -> scheduler.wake(sibling, WebhookTopics.QUICKBOOKS));
      ServiceRuntime runtime =
          new ServiceRuntime(wiring, scheduler, tables, metrics, adminToken, clock);
      Javalin app =
          Javalin.create(
              cfg -> {
                cfg.showJavalinBanner = false;
                cfg.http.maxRequestSize = maxBodyBytes;
              });
      routes(app, runtime, secrets, db, cluster);
      plugins.forEach(p -> p.apply(runtime).accept(app));
      try {
        listen(app);
        URI url =
            URI.create(
                publicUrl.isBlank()
                    ? "http://127.0.0.1:" + app.port()
                    : publicUrl.replaceAll("/+$", ""));
        keeper.publicUrl(url);
        scheduler.start();
        ServiceServer server = new ServiceServer(app, scheduler, runtime, url, host);
        server.heartbeat = new NodeHeartbeat(cluster, timing, clock);
        return server;
      } catch (RuntimeException e) {
        scheduler.close();
        app.stop();
        throw e;
      }
    }

    /** A port in use or an address not of this host is a setup problem (exit 2), said once. */
    private void listen(Javalin app) {
      try {
        app.start(host, port);
      } catch (RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof java.net.BindException)) {
          cause = cause.getCause();
        }
        if (cause instanceof java.net.BindException || e.getClass().getName().contains("Bind")) {
          throw new StartupProblem(
              "server.port: cannot listen on "
                  + host
                  + ":"
                  + port
                  + " ("
                  + cause.getMessage()
                  + "): another program uses the port, or server.host is not an address of this"
                  + " host",
              e);
        }
        throw e;
      }
    }

    private void routes(
        Javalin app,
        ServiceRuntime runtime,
        WebhookSecrets secrets,
        DatabaseStateStore db,
        ClusterTables cluster) {
      app.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"up\"}"));
      app.get(
          "/ready",
          ctx -> {
            boolean answers = db.ready();
            List<String> failing =
                answers
                    ? cluster.failing().stream().map(ClusterTables.Failing::connection).toList()
                    : List.of();
            boolean ready = answers && failing.isEmpty();
            ctx.status(ready ? 200 : 503)
                .contentType("application/json")
                .result(
                    ready
                        ? "{\"ready\":true}"
                        : AdminRoutes.JSON.writeValueAsString(
                            java.util.Map.of(
                                "ready", false, "database", answers, "failing", failing)));
          });
      app.get(
          "/metrics",
          ctx -> {
            if (!runtime.mayScrape(ctx.header("Authorization"))) {
              ctx.header("WWW-Authenticate", "Bearer");
              throw new io.javalin.http.UnauthorizedResponse(
                  "Send Authorization: Bearer <admin token or server.metricsToken>.");
            }
            ctx.contentType("text/plain; version=0.0.4").result(runtime.metrics().scrape());
          });
      StoreWebhook store = new StoreWebhook(runtime, secrets, maxBodyBytes);
      app.post("/webhooks/quickbooks", new QuickBooksWebhook(runtime, maxBodyBytes)::handle);
      app.post("/webhooks/{connection}", store::handle);
      app.post("/webhooks/{type}/{connection}", store::handle);
      new AdminRoutes(runtime).register(app);
      new ClusterRoutes(runtime, cluster, timing).register(app);
    }
  }
}
