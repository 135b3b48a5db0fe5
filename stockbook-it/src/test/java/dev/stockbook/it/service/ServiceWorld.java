package dev.stockbook.it.service;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.service.ServiceServer;
import dev.stockbook.app.service.SyncScheduler;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.demo.Bookkeeper;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import dev.stockbook.store.config.ConfigValues;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Both simulators (seeded, webhooks delivered only on demand), a SQLite state file and {@code
 * serve} on a free port, wired as the command wires it. The schedule is an hour, so anything that
 * happens within a test happened because of a webhook or the start-up turn. Shared by the service
 * ITs and the bad-input corpus; {@link #withStores} adds connections of further stores to the same
 * QuickBooks company.
 */
public final class ServiceWorld implements AutoCloseable {
  public static final String ADMIN_TOKEN = "admin-token-5f1c2e9a";
  public static final String WEBHOOK_SECRET = "woo-webhook-secret-83b1d0";
  public final QuickBooksSimulator quickbooks;

  /** The first connection's store. */
  public final WooCommerceSimulator woocommerce;

  /** The first connection's settings. */
  public final Map<String, String> connection;

  /** Every connection's settings, the first one first; all on the one QuickBooks company. */
  public final List<Map<String, String>> connections = new java.util.ArrayList<>();

  /** Every connection's store, in the order of {@link #connections}. */
  public final List<WooCommerceSimulator> stores = new java.util.ArrayList<>();

  public final Wiring wiring;
  public final ServiceServer server;
  public final Bookkeeper bookkeeper;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServiceWorld(
      Path dir, Consumer<Map<String, String>> edit, Duration debounce, int storeCount) {
    quickbooks = QuickBooksSimulator.builder().start();
    quickbooks.seedDemoCompany();
    quickbooks.options().webhookAutoDeliver(false);
    List<ConfigValues> validatedAll = new java.util.ArrayList<>();
    for (int i = 1; i <= storeCount; i++) {
      WooCommerceSimulator store =
          WooCommerceSimulator.builder()
              .webhookLag(Duration.ZERO)
              .backgroundDelivery(false)
              .start();
      store.seedDemoStore();
      Map<String, String> settings =
          new java.util.LinkedHashMap<>(
              DemoWorld.connectionSettings(quickbooks, store, quickbooks.issueTokens()));
      settings.put("store.webhookSecret", i == 1 ? WEBHOOK_SECRET : WEBHOOK_SECRET + "-" + i);
      settings.put("sync.schedule", "1h");
      // these tests count requests and deliver webhooks by hand; OrderProbeIT turns the probe on
      settings.put("sync.orderProbe", "0s");
      if (i > 1) {
        settings.put("name", DemoWorld.CONNECTION + "-" + i);
      }
      edit.accept(settings);
      ConnectionConfig.Validated validated = ConnectionConfig.validate(settings, "");
      if (!validated.ok()) {
        throw new IllegalStateException(validated.problems().toString());
      }
      stores.add(store);
      connections.add(settings);
      validatedAll.add(validated.values());
    }
    woocommerce = stores.get(0);
    connection = connections.get(0);
    StockbookConfig config =
        new StockbookConfig(
            "jdbc:sqlite:" + dir.resolve("stockbook.db").toAbsolutePath(),
            0,
            ADMIN_TOKEN,
            List.copyOf(validatedAll));
    wiring = Wiring.open(config, Clock.systemUTC());
    server =
        ServiceServer.builder(wiring)
            .port(0)
            .timing(
                new SyncScheduler.Timing(
                    "test-node",
                    2,
                    Duration.ofMillis(200),
                    Duration.ofSeconds(2),
                    4,
                    debounce,
                    Duration.ofSeconds(1)))
            .start();
    bookkeeper =
        new Bookkeeper(
            QuickBooksClient.builder()
                .baseUrl(quickbooks.baseUrl().toString())
                .realmId(quickbooks.realmId())
                .tokens(AccessTokenSource.fixed(quickbooks.issueTokens().accessToken()))
                .governor(
                    wiring
                        .governors()
                        .forCompany(quickbooks.baseUrl().toString(), quickbooks.realmId()))
                .build());
  }

  public static ServiceWorld start(Path dir) {
    return new ServiceWorld(dir, c -> {}, Duration.ofMillis(100), 1);
  }

  /**
   * With a longer debounce, so that a test's whole burst of webhooks surely falls in one window.
   */
  public static ServiceWorld start(Path dir, Duration debounce) {
    return new ServiceWorld(dir, c -> {}, debounce, 1);
  }

  public static ServiceWorld start(Path dir, Consumer<Map<String, String>> edit) {
    return new ServiceWorld(dir, edit, Duration.ofMillis(100), 1);
  }

  /**
   * {@code count} stores, each its own connection ({@code demo}, {@code demo-2}, ...) on the one
   * QuickBooks company (realm) and Intuit app (verifier token), as a business with several shops
   * has.
   */
  public static ServiceWorld withStores(Path dir, int count) {
    return new ServiceWorld(dir, c -> {}, Duration.ofMillis(100), count);
  }

  /**
   * {@code count} connections as {@link #withStores(Path, int)}, each one's settings edited before
   * validation ({@code name} tells them apart): how a test makes one of them a Shopify connection.
   */
  public static ServiceWorld withStores(Path dir, int count, Consumer<Map<String, String>> edit) {
    return new ServiceWorld(dir, edit, Duration.ofMillis(100), count);
  }

  /** The first connection's name. */
  public String name() {
    return connection.get("name");
  }

  public List<String> names() {
    return connections.stream().map(c -> c.get("name")).toList();
  }

  /** Waits for every connection's start-up turn (which also registers the store webhooks). */
  public ServiceWorld afterFirstCycle() {
    for (String name : names()) {
      Eventually.until(
          Duration.ofSeconds(20),
          () -> !wiring.state().runs().recent(name, 1).isEmpty(),
          "the first cycle of " + name);
    }
    return this;
  }

  /** Turns (full cycles and order syncs) of the first connection so far. */
  public int runs() {
    return runs(name());
  }

  public int runs(String connectionName) {
    return wiring.state().runs().recent(connectionName, 1000).size();
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> admin(String method, String path) {
    return send(
        HttpRequest.newBuilder(url(path))
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  public Long storeShows(String sku) {
    return woocommerce.stock(sku);
  }

  @Override
  public void close() throws Exception {
    server.close();
    wiring.close();
    for (WooCommerceSimulator store : stores) {
      store.close();
    }
    quickbooks.close();
  }
}
