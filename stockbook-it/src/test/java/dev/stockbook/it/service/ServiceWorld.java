package dev.stockbook.it.service;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.demo.Bookkeeper;
import dev.stockbook.app.demo.DemoWorld;
import dev.stockbook.app.service.ServiceServer;
import dev.stockbook.app.service.SyncScheduler;
import dev.stockbook.app.wiring.Governors;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
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
 * happens within a test happened because of a webhook or the start-up turn.
 */
final class ServiceWorld implements AutoCloseable {
  static final String ADMIN_TOKEN = "admin-token-5f1c2e9a";
  static final String WEBHOOK_SECRET = "woo-webhook-secret-83b1d0";
  final QuickBooksSimulator quickbooks;
  final WooCommerceSimulator woocommerce;
  final Map<String, String> connection;
  final Wiring wiring;
  final ServiceServer server;
  final Bookkeeper bookkeeper;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServiceWorld(Path dir, Consumer<Map<String, String>> edit, Duration debounce) {
    quickbooks = QuickBooksSimulator.builder().start();
    quickbooks.seedDemoCompany();
    quickbooks.options().webhookAutoDeliver(false);
    woocommerce = WooCommerceSimulator.builder().webhookLag(Duration.ZERO).backgroundDelivery(false).start();
    woocommerce.seedDemoStore();
    connection = new java.util.LinkedHashMap<>(DemoWorld.connectionSettings(quickbooks, woocommerce, quickbooks.issueTokens()));
    connection.put("store.webhookSecret", WEBHOOK_SECRET);
    connection.put("sync.schedule", "1h");
    edit.accept(connection);
    ConnectionConfig.Validated validated = ConnectionConfig.validate(connection, "");
    if (!validated.ok()) {
      throw new IllegalStateException(validated.problems().toString());
    }
    StockbookConfig config = new StockbookConfig("jdbc:sqlite:" + dir.resolve("stockbook.db").toAbsolutePath(), 0, ADMIN_TOKEN,
        List.of(validated.values()));
    wiring = Wiring.open(config, Clock.systemUTC());
    server = ServiceServer.builder(wiring).port(0)
        .timing(new SyncScheduler.Timing("test-node", 2, Duration.ofMillis(200), Duration.ofSeconds(2), 4, debounce,
            Duration.ofSeconds(1)))
        .start();
    bookkeeper = new Bookkeeper(QuickBooksClient.builder().baseUrl(quickbooks.baseUrl().toString()).realmId(quickbooks.realmId())
        .tokens(AccessTokenSource.fixed(quickbooks.issueTokens().accessToken()))
        .governor(Governors.forCompany(quickbooks.baseUrl().toString(), quickbooks.realmId())).build());
  }

  static ServiceWorld start(Path dir) {
    return new ServiceWorld(dir, c -> {}, Duration.ofMillis(100));
  }

  /** With a longer debounce, so that a test's whole burst of webhooks surely falls in one window. */
  static ServiceWorld start(Path dir, Duration debounce) {
    return new ServiceWorld(dir, c -> {}, debounce);
  }

  static ServiceWorld start(Path dir, Consumer<Map<String, String>> edit) {
    return new ServiceWorld(dir, edit, Duration.ofMillis(100));
  }

  String name() {
    return connection.get("name");
  }

  /** Waits for the start-up turn (which also registers the store webhooks). */
  ServiceWorld afterFirstCycle() {
    Eventually.until(Duration.ofSeconds(20), () -> !wiring.state().runs().recent(name(), 1).isEmpty(), "the first cycle");
    return this;
  }

  int runs() {
    return wiring.state().runs().recent(name(), 1000).size();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> admin(String method, String path) {
    return send(HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + ADMIN_TOKEN)
        .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  Long storeShows(String sku) {
    return woocommerce.stock(sku);
  }

  @Override
  public void close() throws Exception {
    server.close();
    wiring.close();
    woocommerce.close();
    quickbooks.close();
  }
}
