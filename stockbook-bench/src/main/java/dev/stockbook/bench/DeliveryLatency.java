package dev.stockbook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.service.ServiceServer;
import dev.stockbook.app.service.SyncScheduler;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.quickbooks.Tokens;
import dev.stockbook.sim.woocommerce.WebhookDelivery;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import dev.stockbook.store.config.ConfigValues;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Order placed in WooCommerce → posted in QuickBooks, through {@code serve} with its default
 * timing, when the store's webhooks come the way a real WooCommerce 10 sends them: queued in Action
 * Scheduler and sent when WP-Cron runs its queue (once a minute on a site with traffic, never on an
 * idle one). Rows: the simulator's real delivery model with Stockbook's order probe at its default,
 * the same with the probe off (webhooks alone), the prompt model for reference, and a real
 * WooCommerce 10.0.2 built by {@code ../shared/real-woocommerce/setup.sh} (no cron pinger: the
 * probe alone brings the orders). {@code stockbook bench --woo-delivery [--real-woo DIR]}.
 */
final class DeliveryLatency {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofMinutes(3);

  /**
   * {@code sync.orderProbe}'s default: what {@code serve} runs with when a connection leaves it
   * out, and what a row labelled "(default)" must run with.
   */
  static final String DEFAULT_PROBE =
      ConnectionConfig.KEYS.stream()
          .filter(k -> k.name().equals("sync.orderProbe"))
          .findFirst()
          .orElseThrow()
          .defaultValue();

  /**
   * One way of running: its label, the store's delivery model (none: a real store), the probe
   * setting. The label names the probe from the setting itself, so the two cannot disagree.
   */
  record Scenario(String label, WebhookDelivery delivery, String orderProbe) {
    static Scenario of(String store, WebhookDelivery delivery, String orderProbe, String note) {
      return new Scenario(store + ", " + probe(orderProbe) + note, delivery, orderProbe);
    }
  }

  /** "order probe 5 s (default)", "order probe 15 s", "order probe off". */
  static String probe(String orderProbe) {
    Duration every = ConfigValues.parseDuration(orderProbe);
    String named = every.isZero() ? "order probe off" : "order probe " + every.toSeconds() + " s";
    return orderProbe.equals(DEFAULT_PROBE) ? named + " (default)" : named;
  }

  /**
   * The real store's row: no cron pinger, so its webhooks come late or never and the probe, at its
   * default, does the work.
   */
  static Scenario realStore(Path state) {
    return Scenario.of(
        "real WooCommerce 10.0.2 (" + state + ", no cron pinger)", null, DEFAULT_PROBE, "");
  }

  /** A store a shopper buys in. */
  interface Shop extends AutoCloseable {
    Map<String, String> storeKeys();

    String placeOrder();

    @Override
    void close();
  }

  private final int orders;
  private final Random random;

  DeliveryLatency(int orders, long seed) {
    this.orders = orders;
    this.random = new Random(seed);
  }

  static String run(boolean quick, Path realWoo, Path write, String command) throws Exception {
    DeliveryLatency bench = new DeliveryLatency(quick ? 4 : 15, 7);
    List<String[]> rows = new ArrayList<>();
    List<Scenario> scenarios =
        List.of(
            Scenario.of(
                "simulator, Action Scheduler delivery (WooCommerce 10)",
                WebhookDelivery.actionScheduler(),
                DEFAULT_PROBE,
                ""),
            Scenario.of(
                "simulator, Action Scheduler delivery",
                WebhookDelivery.actionScheduler(),
                "15s",
                ""),
            Scenario.of(
                "simulator, Action Scheduler delivery",
                WebhookDelivery.actionScheduler(),
                "0s",
                " (webhooks alone)"),
            Scenario.of(
                "simulator, prompt webhooks (not a real WooCommerce 10)",
                WebhookDelivery.prompt(Duration.ZERO),
                DEFAULT_PROBE,
                ""));
    for (Scenario s : scenarios) {
      try (Shop shop = new SimShop(s.delivery())) {
        rows.add(new String[] {s.label(), BenchResult.pct(bench.measure(shop, s.orderProbe()))});
      }
    }
    if (realWoo != null) {
      Scenario real = realStore(realWoo);
      try (Shop shop = RealShop.open(realWoo)) {
        rows.add(
            new String[] {real.label(), BenchResult.pct(bench.measure(shop, real.orderProbe()))});
      }
    }
    String doc = doc(rows, command, bench.orders);
    if (write != null) {
      BenchDoc.writeSection(write, BenchDoc.DELIVERY, doc);
    }
    return doc;
  }

  private static String doc(List<String[]> rows, String command, int orders) {
    StringBuilder md =
        new StringBuilder(
            "Written by `"
                + command
                + "` on "
                + LocalDate.now()
                + ", "
                + Bench.machine()
                + ". `serve` with its default timing and `sync.schedule` 1 h (so only webhooks and"
                + " the order probe bring orders), one connection, QuickBooks simulator without"
                + " latency; "
                + orders
                + " orders of one line, 1 to 4 s apart; placed = the store's answer to the order's"
                + " POST, posted = Stockbook's record of the QuickBooks answer.\n\n"
                + "| Order placed → posted, p50 / p95 / p99 | |\n|---|---|\n");
    rows.forEach(r -> md.append("| ").append(r[0]).append(" | ").append(r[1]).append(" |\n"));
    return md.toString();
  }

  List<Long> measure(Shop shop, String orderProbe) throws Exception {
    Path dir = Files.createTempDirectory("stockbook-delivery-bench");
    try (QuickBooksSimulator qb = QuickBooksSimulator.builder().start()) {
      qb.seedDemoCompany();
      qb.options().disableLimits();
      String name = "bench" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
      StockbookConfig config =
          new StockbookConfig(
              "jdbc:sqlite:" + dir.resolve("delivery.db").toAbsolutePath(),
              0,
              "",
              List.of(connection(name, qb, qb.issueTokens(), shop, orderProbe)));
      try (Wiring wiring = Wiring.open(config, Clock.systemUTC());
          ServiceServer server =
              ServiceServer.builder(wiring)
                  .port(0)
                  .timing(SyncScheduler.Timing.defaults("bench-" + ProcessHandle.current().pid()))
                  .start()) {
        until(() -> !wiring.state().runs().recent(name, 1).isEmpty(), "the first cycle");
        Map<String, Instant> placed = new LinkedHashMap<>();
        for (int i = 0; i < orders; i++) {
          String id = shop.placeOrder();
          placed.put(id, Instant.now());
          Thread.sleep(1000 + random.nextInt(3000));
        }
        until(
            () -> placed.keySet().stream().allMatch(id -> posted(wiring, name, id).isPresent()),
            "every order posted");
        List<Long> samples = new ArrayList<>();
        placed.forEach(
            (id, at) ->
                samples.add(
                    Duration.between(at, posted(wiring, name, id).orElseThrow()).toMillis()));
        return samples;
      }
    }
  }

  private static Optional<Instant> posted(Wiring wiring, String connection, String orderId) {
    return wiring.state().orders().find(connection, orderId).map(TrackedOrder::postedAt);
  }

  static ConfigValues connection(
      String name, QuickBooksSimulator qb, Tokens tokens, Shop shop, String orderProbe) {
    Map<String, String> storeKeys = new LinkedHashMap<>();
    storeKeys.put("store.type", "woocommerce");
    shop.storeKeys().forEach((k, v) -> storeKeys.put("store." + k, v));
    Map<String, String> c =
        new LinkedHashMap<>(DemoWorld.connectionSettings(qb, storeKeys, tokens));
    c.put("name", name);
    c.put("store.webhookSecret", "bench-delivery-secret-" + name);
    c.put("sync.schedule", "1h");
    c.put("sync.orderProbe", orderProbe);
    c.put("sync.firstOrderLookback", "0s");
    ConnectionConfig.Validated validated = ConnectionConfig.validate(c, "");
    if (!validated.ok()) {
      throw new IllegalStateException("bench config is invalid: " + validated.problems());
    }
    return validated.values();
  }

  private static void until(java.util.function.BooleanSupplier done, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "the delivery bench gave up waiting for " + what + " after " + WAIT.toSeconds() + " s");
      }
      Thread.sleep(20);
    }
  }

  /** The WooCommerce simulator with the demo store; a shopper orders 1 redwine each time. */
  private static final class SimShop implements Shop {
    private final WooCommerceSimulator woo;

    SimShop(WebhookDelivery delivery) {
      woo = WooCommerceSimulator.builder().webhookDelivery(delivery).start();
      woo.seedDemoStore();
      woo.setStock("redwine", 1_000_000);
    }

    @Override
    public Map<String, String> storeKeys() {
      return Map.of(
          "url", woo.baseUrl().toString(),
          "consumerKey", woo.consumerKey(),
          "consumerSecret", woo.consumerSecret(),
          "treatAsHttpsHeader", "X-Forwarded-Proto: https");
    }

    @Override
    public String placeOrder() {
      return String.valueOf(
          woo.shopper()
              .placeOrder(List.of(new dev.stockbook.sim.woocommerce.Shopper.Line("redwine", 1))));
    }

    @Override
    public void close() {
      woo.close();
    }
  }

  /**
   * A real WooCommerce from its {@code credentials.env}; orders go in over its REST API as a paid
   * checkout; the webhooks the service registered are removed at the end.
   */
  static final class RealShop implements Shop {
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> env;
    private final long product;

    private RealShop(Map<String, String> env) throws IOException, InterruptedException {
      this.env = env;
      JsonNode found = send("GET", "/products?sku=redwine", null);
      if (found.isEmpty()) {
        throw new IllegalStateException("the real store has no redwine (setup.sh seeds it)");
      }
      product = found.get(0).path("id").asLong();
      send("PUT", "/products/" + product, "{\"stock_quantity\":1000000}");
    }

    static RealShop open(Path state) throws IOException, InterruptedException {
      Map<String, String> env = new HashMap<>();
      for (String line : Files.readAllLines(state.resolve("credentials.env"))) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
      }
      return new RealShop(env);
    }

    @Override
    public Map<String, String> storeKeys() {
      return Map.of(
          "url", env.get("SITE_URL"),
          "consumerKey", env.get("CK"),
          "consumerSecret", env.get("CS"),
          "treatAsHttpsHeader", "X-Forwarded-Proto: https");
    }

    @Override
    public String placeOrder() {
      try {
        String order =
            "{\"set_paid\":true,\"line_items\":[{\"product_id\":" + product + ",\"quantity\":1}]}";
        return send("POST", "/orders", order).path("id").asText();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      try {
        for (JsonNode hook : send("GET", "/webhooks?per_page=100", null)) {
          if (hook.path("delivery_url").asText().contains("/webhooks/bench")) {
            send("DELETE", "/webhooks/" + hook.path("id").asLong() + "?force=true", null);
          }
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private JsonNode send(String method, String path, String body)
        throws IOException, InterruptedException {
      String auth = env.get("CK") + ":" + env.get("CS");
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(env.get("SITE_URL") + "/wp-json/wc/v3" + path))
                  .header(
                      "Authorization",
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString(auth.getBytes(StandardCharsets.UTF_8)))
                  .header("X-Forwarded-Proto", "https")
                  .header("Content-Type", "application/json")
                  .method(
                      method,
                      body == null
                          ? HttpRequest.BodyPublishers.noBody()
                          : HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    }
  }
}
