package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.service.ServiceServer;
import dev.stockbook.app.service.SyncScheduler;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.it.service.Eventually;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.store.config.ConfigValues;
import dev.stockbook.testkit.StoreUnderTest.Line;
import dev.stockbook.woocommerce.RealWoo;
import dev.stockbook.woocommerce.WooRestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with its default timing and {@code sync.orderProbe} at its default (5 s) on a real
 * WooCommerce 10.0.2 whose webhooks cannot reach it: the store's own request log shows the probe's
 * listing every probe interval plus at most one 2 s scheduler poll, and an order placed there is
 * posted by the probe within that. (The delivery bench once measured this store with a 15 s probe
 * under a "5 s" label: listings 17–18 s apart.) Runs in the {@code real-woo} profile.
 */
class RealWooOrderProbeIT {
  private static final String LISTING = " GET /wp-json/wc/v3/orders?modified_after=";

  /** 5 s probe + one 2 s poll + the turn + the log's whole seconds, with room for a busy host. */
  private static final Duration MOST_BETWEEN_LISTINGS = Duration.ofSeconds(11);

  @TempDir Path dir;
  private WooRestStore store;
  private QuickBooksSimulator quickbooks;
  private Wiring wiring;
  private ServiceServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (wiring != null) {
      wiring.close();
    }
    if (quickbooks != null) {
      quickbooks.close();
    }
    if (store != null) {
      store.close(); // also removes the webhooks serve registered to 127.0.0.1:9
    }
  }

  @Test
  void serve_probes_the_real_store_every_five_seconds_and_posts_its_order_by_the_probe()
      throws Exception {
    store = RealWoo.open("real.woo.state", "/tmp/real-woo");
    Path requests = Path.of(System.getProperty("real.woo.state")).resolve("rest-requests.log");
    store.adopt(List.of("redwine"));
    store.setStockInAdmin("redwine", 20);
    quickbooks = QuickBooksSimulator.builder().start();
    quickbooks.seedDemoCompany();
    quickbooks.options().disableLimits();
    String name = "realprobe";
    Map<String, String> storeKeys = new LinkedHashMap<>();
    storeKeys.put("store.type", "woocommerce");
    store.connectionKeys().forEach((k, v) -> storeKeys.put("store." + k, v));
    Map<String, String> c =
        new LinkedHashMap<>(
            DemoWorld.connectionSettings(quickbooks, storeKeys, quickbooks.issueTokens()));
    c.put("name", name);
    c.put("store.webhookSecret", "real-probe-secret");
    c.put("sync.schedule", "1h"); // only the probe brings the order; sync.orderProbe: default
    c.put("sync.firstOrderLookback", "0s");
    ConnectionConfig.Validated validated = ConnectionConfig.validate(c, "");
    assertThat(validated.problems()).isEmpty();
    ConfigValues connection = validated.values();
    // webhooks go to a port nothing listens on: the real store's deliveries never arrive
    StockbookConfig config =
        new StockbookConfig(
            "jdbc:sqlite:" + dir.resolve("stockbook.db").toAbsolutePath(),
            0,
            "",
            List.of(connection),
            "http://127.0.0.1:9");
    int logStart = Files.readAllLines(requests).size();
    wiring = Wiring.open(config, Clock.systemUTC());
    server =
        ServiceServer.builder(wiring)
            .port(0)
            .timing(SyncScheduler.Timing.defaults("real-probe-" + ProcessHandle.current().pid()))
            .start();
    Eventually.until(
        Duration.ofSeconds(30),
        () -> !wiring.state().runs().recent(name, 1).isEmpty(),
        "the first cycle");

    String order = store.placeOrder(List.of(new Line("redwine", 1)), true);
    Instant placed = Instant.now();
    Eventually.until(Duration.ofSeconds(30), () -> posted(name, order).isPresent(), "the post");
    Eventually.until(
        Duration.ofSeconds(40), () -> listings(requests, logStart).size() >= 4, "four listings");

    assertThat(Duration.between(placed, posted(name, order).orElseThrow()))
        .as("placed → posted by the probe")
        .isLessThan(MOST_BETWEEN_LISTINGS);
    List<LocalTime> at = listings(requests, logStart);
    for (int i = 1; i < at.size(); i++) {
      assertThat(between(at.get(i - 1), at.get(i)))
          .as("the store's listings at %s", at)
          .isLessThanOrEqualTo(MOST_BETWEEN_LISTINGS);
    }
  }

  private Optional<Instant> posted(String name, String orderId) {
    return wiring.state().orders().find(name, orderId).map(TrackedOrder::postedAt);
  }

  /**
   * When the store logged each order listing after its first {@code skip} lines (whole seconds of
   * the day).
   */
  private static List<LocalTime> listings(Path log, int skip) {
    try {
      List<String> lines = Files.readAllLines(log);
      List<LocalTime> at = new ArrayList<>();
      for (String line : lines.subList(Math.min(skip, lines.size()), lines.size())) {
        if (line.contains(LISTING)) {
          at.add(LocalTime.parse(line.substring(0, line.indexOf(' '))));
        }
      }
      return at;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** From one logged time of day to the next, over midnight too. */
  private static Duration between(LocalTime earlier, LocalTime later) {
    Duration d = Duration.between(earlier, later);
    return d.isNegative() ? d.plusDays(1) : d;
  }
}
