package dev.stockbook.sim.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.woocommerce.internal.WebhookSender;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookIT {
  record Received(String path, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  SimClock clock = SimClock.fixed(Instant.parse("2026-03-10T15:00:00Z"));
  WooCommerceSimulator sim;
  WooHttp http;
  HttpServer receiver;
  List<Received> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    sim =
        WooCommerceSimulator.builder()
            .clock(clock)
            .webhookLag(Duration.ofSeconds(30))
            .backgroundDelivery(false)
            .start();
    sim.seedDemoStore();
    http = new WooHttp(sim);
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/",
        ex -> {
          received.add(
              new Received(
                  ex.getRequestURI().getPath(),
                  Map.copyOf(ex.getRequestHeaders()),
                  ex.getRequestBody().readAllBytes()));
          ex.sendResponseHeaders(ex.getRequestURI().getPath().equals("/fail") ? 500 : 200, -1);
          ex.close();
        });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    sim.close();
  }

  String url(String path) {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
  }

  long hook(String topic, String path) {
    return http.post(
            "/webhooks",
            Map.of("name", "t", "topic", topic, "delivery_url", url(path), "secret", "s3cret"))
        .json()
        .get("id")
        .asLong();
  }

  @Test
  void a_product_update_is_signed_over_the_exact_escaped_bytes() {
    long id = hook("product.updated", "/hook");
    sim.deliverDueWebhooks();
    assertThat(received)
        .singleElement()
        .satisfies(
            ping ->
                assertThat(new String(ping.body(), StandardCharsets.UTF_8))
                    .isEqualTo("webhook_id=" + id));
    received.clear();
    long product = sim.product("rosewine").get("id").asLong();
    http.put("/products/" + product, Map.of("name", "Rosé Wine – Réserve"));
    assertThat(sim.deliverDueWebhooks()).isZero();
    clock.advance(Duration.ofSeconds(31));
    assertThat(sim.deliverDueWebhooks()).isEqualTo(1);
    Received delivery = received.get(0);
    String body = new String(delivery.body(), StandardCharsets.US_ASCII);
    assertThat(body)
        .contains("\"name\":\"Ros\\u00e9 Wine \\u2013 R\\u00e9serve\"")
        .contains("http:\\/\\/127.0.0.1");
    assertThat(delivery.header("X-WC-Webhook-Signature"))
        .isEqualTo(WebhookSender.signature(delivery.body(), "s3cret"));
    assertThat(delivery.header("X-WC-Webhook-Topic")).isEqualTo("product.updated");
    assertThat(delivery.header("X-WC-Webhook-Resource")).isEqualTo("product");
    assertThat(delivery.header("X-WC-Webhook-Event")).isEqualTo("updated");
    assertThat(delivery.header("X-WC-Webhook-ID")).isEqualTo(String.valueOf(id));
    assertThat(delivery.header("X-WC-Webhook-Delivery-ID")).hasSize(32);
    assertThat(delivery.header("X-WC-Webhook-Source")).isEqualTo(sim.baseUrl() + "/");
  }

  @Test
  void an_order_created_with_a_status_fires_created_and_updated() {
    hook("order.created", "/hook");
    hook("order.updated", "/hook");
    sim.deliverDueWebhooks();
    received.clear();
    http.post(
        "/orders",
        Map.of("set_paid", true, "line_items", List.of(Map.of("sku", "redwine", "quantity", 1))));
    clock.advance(Duration.ofMinutes(1));
    sim.deliverDueWebhooks();
    assertThat(received)
        .extracting(r -> r.header("X-WC-Webhook-Topic"))
        .containsExactly("order.created", "order.updated");
  }

  @Test
  void by_default_a_delivery_waits_for_action_schedulers_minute_which_wp_cron_starts() {
    try (WooCommerceSimulator real =
        WooCommerceSimulator.builder()
            .clock(clock)
            .webhookDelivery(WebhookDelivery.idleSite())
            .backgroundDelivery(false)
            .start()) {
      real.seedDemoStore();
      new WooHttp(real)
          .post(
              "/webhooks",
              Map.of("topic", "order.created", "delivery_url", url("/as"), "secret", "s"));
      real.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));

      cron(real);
      int atOnce = orders();
      clock.advance(Duration.ofSeconds(59));
      cron(real);
      int before = orders();
      clock.advance(Duration.ofSeconds(1));
      cron(real);
      int atTheMinute = orders();
      real.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
      clock.advance(Duration.ofSeconds(30));
      cron(real);
      int halfAMinuteLater = orders();

      assertThat(received).extracting(Received::path).first().isEqualTo("/as"); // the ping
      assertThat(List.of(atOnce, before, atTheMinute, halfAMinuteLater))
          .containsExactly(0, 0, 1, 1);
    }
  }

  private int orders() {
    return (int) received.stream().filter(r -> r.header("X-WC-Webhook-Topic") != null).count();
  }

  private static void cron(WooCommerceSimulator site) {
    new WooHttp(site)
        .raw(
            java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(site.baseUrl() + "/wp-cron.php?doing_wp_cron")));
  }

  @Test
  void a_variation_stock_change_fires_product_updated_with_type_variation() {
    hook("product.updated", "/hook");
    sim.deliverDueWebhooks();
    received.clear();
    sim.shopper().placeOrder(List.of(new Shopper.Line("TEE-S", 1)));
    clock.advance(Duration.ofMinutes(1));
    sim.deliverDueWebhooks();
    assertThat(new String(received.get(0).body(), StandardCharsets.US_ASCII))
        .contains("\"type\":\"variation\"")
        .contains("\"stock_quantity\":4");
  }

  @Test
  void a_webhook_failing_more_than_5_times_in_a_row_is_disabled() {
    long id = hook("product.updated", "/fail");
    long product = sim.product("redwine").get("id").asLong();
    for (int i = 1; i <= 6; i++) {
      http.put("/products/" + product, Map.of("stock_quantity", i));
      clock.advance(Duration.ofMinutes(1));
      sim.deliverDueWebhooks();
    }
    assertThat(sim.webhookStatus(id)).isEqualTo("active");
    http.put("/products/" + product, Map.of("stock_quantity", 99));
    clock.advance(Duration.ofMinutes(1));
    sim.deliverDueWebhooks();
    assertThat(sim.webhookStatus(id)).isEqualTo("disabled");
    assertThat(http.get("/webhooks/" + id).json().get("status").asText()).isEqualTo("disabled");
    http.put("/products/" + product, Map.of("stock_quantity", 100));
    clock.advance(Duration.ofMinutes(1));
    int before = received.size();
    sim.deliverDueWebhooks();
    assertThat(received).hasSize(before);
  }
}
