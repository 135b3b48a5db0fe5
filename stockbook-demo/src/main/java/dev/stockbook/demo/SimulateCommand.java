package dev.stockbook.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.app.config.ConfigWriter;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.quickbooks.Tokens;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stockbook simulate}: both simulators, seeded with the demo company and store, until
 * stopped.
 */
@Command(
    name = "simulate",
    description =
        "Run the QuickBooks Online and WooCommerce simulators with the demo company and store until stopped.")
public final class SimulateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin SimulatorPorts ports;

  @Option(
      names = "--json",
      description = "Print the URLs and credentials as one JSON object on the first line.")
  boolean json;

  @Option(
      names = "--write-config",
      paramLabel = "FILE",
      description = "Also write a stockbook.yaml for one connection to these simulators.")
  Path writeConfig;

  @Option(
      names = "--catalog",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Also add N inventory items / stock-managed products (SKUs SCALE-000000...), stamped three hours ago (benchmarks).")
  int catalog;

  @Option(
      names = "--catalog-ids",
      paramLabel = "FILE",
      description =
          "Write 'sku<TAB>QuickBooks item id<TAB>store product id' of the --catalog SKUs.")
  Path catalogIds;

  @Option(
      names = "--orders",
      defaultValue = "0",
      paramLabel = "N",
      description = "Also place N paid orders of two --catalog SKUs (benchmarks).")
  int orders;

  @Option(
      names = "--no-limits",
      description = "Turn QuickBooks' rate limits off (benchmarks that measure CPU, not waiting).")
  boolean noLimits;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SimClock clock = SimClock.system();
    try (QuickBooksSimulator qb =
            QuickBooksSimulator.builder().port(ports.quickbooks).clock(clock).start();
        WooCommerceSimulator woo =
            WooCommerceSimulator.builder().port(ports.woocommerce).clock(clock).start()) {
      qb.seedDemoCompany();
      woo.seedDemoStore();
      if (noLimits) {
        qb.options().disableLimits();
      }
      if (catalog > 0) {
        ScaleCatalog.seed(qb, woo, clock, catalog, orders, catalogIds);
      }
      Tokens tokens = qb.issueTokens();
      if (json) {
        out.println(new ObjectMapper().writeValueAsString(credentials(qb, woo, tokens)));
      } else {
        out.println(
            "QuickBooks Online simulator: " + qb.baseUrl() + " (realm " + qb.realmId() + ")");
        out.println("WooCommerce simulator:       " + woo.baseUrl());
      }
      if (writeConfig != null) {
        Map<String, String> connection = DemoWorld.connectionSettings(qb, woo, tokens);
        ConfigWriter.write(
            writeConfig,
            "jdbc:sqlite:" + writeConfig.toAbsolutePath().resolveSibling("stockbook.db"),
            connection);
        out.println(
            "Wrote "
                + writeConfig
                + ": run './stockbook sync --config "
                + writeConfig
                + " --once'");
      }
      out.println("Running; press Ctrl-C to stop.");
      out.flush();
      Thread.currentThread().join();
      return 0;
    }
  }

  static ObjectNode credentials(QuickBooksSimulator qb, WooCommerceSimulator woo, Tokens tokens) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    ObjectNode q = root.putObject("quickbooks");
    q.put("baseUrl", qb.baseUrl().toString())
        .put("realmId", qb.realmId())
        .put("clientId", qb.clientId())
        .put("clientSecret", qb.clientSecret())
        .put("accessToken", tokens.accessToken())
        .put("refreshToken", tokens.refreshToken())
        .put("tokenUrl", qb.tokenUrl().toString())
        .put("webhookVerifierToken", qb.webhookVerifierToken());
    ObjectNode w = root.putObject("woocommerce");
    w.put("url", woo.baseUrl().toString())
        .put("consumerKey", woo.consumerKey())
        .put("consumerSecret", woo.consumerSecret())
        .put("webhookSecret", "");
    return root;
  }

  static void printCredentials(DemoWorld world, PrintWriter out) {
    out.println();
    out.println(
        "QuickBooks Online simulator: "
            + world.quickbooks().baseUrl()
            + "  realm "
            + world.quickbooks().realmId());
    out.println(
        "  client id "
            + world.quickbooks().clientId()
            + "  client secret "
            + world.quickbooks().clientSecret());
    out.println("WooCommerce simulator: " + world.woocommerce().baseUrl() + "/wp-json/wc/v3");
    out.println(
        "  consumer key "
            + world.woocommerce().consumerKey()
            + "  consumer secret "
            + world.woocommerce().consumerSecret()
            + "  (send 'X-Forwarded-Proto: https' with Basic auth, or sign with OAuth 1.0a)");
    out.println("State database: " + world.config().databaseUrl());
  }
}
