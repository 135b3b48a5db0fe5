package dev.stockbook.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.app.config.ConfigWriter;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.quickbooks.Tokens;
import dev.stockbook.sim.shopify.ShopifySimulator;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stockbook simulate}: QuickBooks and a store simulator ({@code --store woocommerce} or
 * {@code shopify}), seeded with the demo company and store, until stopped.
 */
@Command(
    name = "simulate",
    description =
        "Run the QuickBooks Online and a store simulator (WooCommerce, or Shopify with --store shopify) with the demo company and store until stopped.")
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
    DemoStore.Kind kind = ports.store;
    if (kind != DemoStore.Kind.WOOCOMMERCE && (catalog > 0 || orders > 0)) {
      spec.commandLine()
          .getErr()
          .println(
              "--catalog and --orders seed the WooCommerce simulator only (--store woocommerce)");
      return 2;
    }
    try (QuickBooksSimulator qb =
            QuickBooksSimulator.builder().port(ports.quickbooks).clock(clock).start();
        DemoStore store = kind.start(ports.store(kind), clock)) {
      qb.seedDemoCompany();
      if (noLimits) {
        qb.options().disableLimits();
      }
      if (catalog > 0) {
        WooCommerceSimulator woo = ((WooCommerceDemoStore) store).sim();
        ScaleCatalog.seed(qb, woo, clock, catalog, orders, catalogIds);
      }
      Tokens tokens = qb.issueTokens();
      if (json) {
        out.println(new ObjectMapper().writeValueAsString(credentials(qb, store, tokens)));
      } else {
        out.println(
            "QuickBooks Online simulator: " + qb.baseUrl() + " (realm " + qb.realmId() + ")");
        out.println(String.format("%-29s", kind.label() + " simulator:") + store.baseUrl());
      }
      if (writeConfig != null) {
        Map<String, String> connection = DemoWorld.connectionSettings(qb, store.settings(), tokens);
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

  static ObjectNode credentials(QuickBooksSimulator qb, DemoStore store, Tokens tokens) {
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
    if (store instanceof WooCommerceDemoStore w) {
      WooCommerceSimulator woo = w.sim();
      root.putObject("woocommerce")
          .put("url", woo.baseUrl().toString())
          .put("consumerKey", woo.consumerKey())
          .put("consumerSecret", woo.consumerSecret())
          .put("webhookSecret", "");
    } else if (store instanceof ShopifyDemoStore s) {
      ShopifySimulator shop = s.sim();
      root.putObject("shopify")
          .put("shop", shop.baseUrl().toString())
          .put("shopDomain", shop.shopDomain())
          .put("graphqlUrl", shop.graphqlUrl("2026-10").toString())
          .put("accessToken", shop.accessToken())
          .put("clientSecret", shop.clientSecret());
    }
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
    world.store().printCredentials(out);
    out.println("State database: " + world.config().databaseUrl());
  }
}
