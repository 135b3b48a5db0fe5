package dev.stockbook.app.cli;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.service.ServiceServer;
import dev.stockbook.app.service.SyncScheduler;
import dev.stockbook.app.web.dashboard.DashboardRoutes;
import dev.stockbook.app.web.dashboard.WiringDashboardBackend;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.store.config.ConfigValues;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stockbook serve}: webhooks, admin API, metrics and the scheduler, until stopped. */
@Command(
    name = "serve",
    description =
        "Run the service: sync every connection on its schedule and when webhooks say something changed.")
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--config",
      defaultValue = "stockbook.yaml",
      description = "The configuration file (default: ${DEFAULT-VALUE}).")
  java.nio.file.Path file;

  @Option(names = "--port", description = "HTTP port (default: server.port of the config, 8080).")
  Integer port;

  @Option(
      names = "--host",
      description =
          "The address to listen on (default: server.host of the config, 127.0.0.1; 0.0.0.0 ="
              + " every interface, behind a TLS proxy).")
  String host;

  @Option(
      names = "--node-name",
      description = "This node's name among several on one database (default: stockbook-<pid>).")
  String nodeName;

  @Option(
      names = "--heartbeat",
      defaultValue = "1500ms",
      description =
          "How often a node says it is alive; after 4 missed heartbeats other nodes take its connections over, within 15 s at the defaults (default: ${DEFAULT-VALUE}).")
  String heartbeat;

  @Option(
      names = "--polling",
      defaultValue = "2s",
      description = "How often a node looks for connections due (default: ${DEFAULT-VALUE}).")
  String polling;

  @Override
  public Integer call() throws Exception {
    ConfigOption option = new ConfigOption();
    option.file = file;
    StockbookConfig config = option.load(spec.commandLine());
    if (config == null) {
      return 2;
    }
    String envToken = System.getenv("STOCKBOOK_ADMIN_TOKEN");
    try (Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
      ServiceServer.Builder builder = ServiceServer.builder(wiring);
      if (port != null) {
        if (port < 0 || port > 65_535) {
          throw new dev.stockbook.app.config.StartupProblem(
              "--port: must be a port number, 0 to 65535 (was " + port + ")");
        }
        builder.port(port);
      }
      if (host != null) {
        builder.host(host);
      }
      if (config.adminToken().isBlank() && envToken != null) {
        builder.adminToken(envToken);
      }
      builder.timing(timing());
      builder.pluginWith(
          runtime ->
              new DashboardRoutes(
                  new WiringDashboardBackend(wiring, runtime.sync()::syncNow, Clock.systemUTC()),
                  runtime.adminToken()));
      ServiceServer server = builder.start();
      CountDownLatch closed = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server
                        .close(); // stops taking turns; a turn cut short is revived by another node
                    // or the next start
                    closed.countDown();
                  },
                  "stockbook-stop"));
      spec.commandLine()
          .getOut()
          .println(
              "stockbook: serving "
                  + config.connections().size()
                  + " connection(s) on "
                  + server.host()
                  + ":"
                  + server.port()
                  + " (webhooks at "
                  + server.publicUrl()
                  + "/webhooks/...)");
      spec.commandLine()
          .getOut()
          .println(
              "stockbook: dashboard at http://"
                  + server.host()
                  + ":"
                  + server.port()
                  + "/dashboard (sign in with "
                  + tokenSource(config.adminToken(), envToken)
                  + ")");
      spec.commandLine().getOut().flush();
      closed.await();
      return 0;
    }
  }

  /** Where the dashboard's sign-in token comes from, never the token itself. */
  static String tokenSource(String configured, String fromEnvironment) {
    if (!configured.isBlank()) {
      return "the admin.token of the config file";
    }
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return "the STOCKBOOK_ADMIN_TOKEN environment variable";
    }
    return "a token: none is set, so sign-in is closed; set admin.token or STOCKBOOK_ADMIN_TOKEN";
  }

  private SyncScheduler.Timing timing() {
    SyncScheduler.Timing d =
        SyncScheduler.Timing.defaults(
            nodeName != null ? nodeName : "stockbook-" + ProcessHandle.current().pid());
    return new SyncScheduler.Timing(
        d.nodeName(),
        d.threads(),
        ConfigValues.parseDuration(polling),
        ConfigValues.parseDuration(heartbeat),
        d.missedHeartbeats(),
        d.debounce(),
        d.retryAfterFailure());
  }
}
