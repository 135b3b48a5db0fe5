package dev.stockbook.sim.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.shopify.internal.WebhookSender;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShopifyWebhooksIT {
  record Received(Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  SimClock clock = SimClock.fixed(Instant.parse("2026-11-02T10:00:00Z"));
  ShopifySimulator sim = ShopifySimulator.builder().clock(clock).promptWebhooks(false).start();
  AdminHttp http = new AdminHttp(sim);
  HttpServer receiver;
  List<Received> received = new CopyOnWriteArrayList<>();
  AtomicInteger failuresLeft = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    sim.seedDemoStore();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/",
        ex -> {
          received.add(
              new Received(Map.copyOf(ex.getRequestHeaders()), ex.getRequestBody().readAllBytes()));
          ex.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 200, -1);
          ex.close();
        });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    sim.close();
  }

  private void subscribe(String topic) {
    String uri = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    AdminHttp.Res res =
        http.query(
            "mutation { webhookSubscriptionCreate(topic: "
                + topic
                + ", webhookSubscription: {uri: \""
                + uri
                + "\"}) { webhookSubscription { id topic } userErrors { message } } }");
    assertThat(res.data().at("/webhookSubscriptionCreate/userErrors")).isEmpty();
  }

  @Test
  void an_order_webhook_is_signed_with_the_client_secret_and_carries_shopify_headers() {
    subscribe("ORDERS_CREATE");
    long id = sim.shopper().placeOrder(List.of(new Shopper.Line("redwine", 2)));
    assertThat(sim.deliverDueWebhooks()).isEqualTo(1);
    Received r = received.get(0);
    assertThat(r.header("X-Shopify-Hmac-Sha256"))
        .isEqualTo(WebhookSender.signature(r.body(), sim.clientSecret()));
    assertThat(r.header("X-Shopify-Topic")).isEqualTo("orders/create");
    assertThat(r.header("X-Shopify-Shop-Domain")).isEqualTo(sim.shopDomain());
    assertThat(r.header("X-Shopify-Api-Version")).isEqualTo("2026-10");
    assertThat(r.header("X-Shopify-Webhook-Id")).isNotBlank();
    assertThat(r.header("X-Shopify-Triggered-At")).isEqualTo("2026-11-02T10:00:00Z");
    String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body)
        .contains(
            "\"id\":" + id,
            "\"sku\":\"redwine\"",
            "\"quantity\":2",
            "\"financial_status\":\"paid\"");
  }

  @Test
  void a_failed_delivery_is_retried_with_the_same_webhook_id_on_the_sim_clock() {
    subscribe("INVENTORY_LEVELS_UPDATE");
    failuresLeft.set(2);
    sim.merchant().setAvailable("rosewine", 3);
    sim.deliverDueWebhooks();
    assertThat(sim.deliverDueWebhooks()).isZero();
    clock.advance(Duration.ofMinutes(1));
    sim.deliverDueWebhooks();
    clock.advance(Duration.ofMinutes(2));
    sim.deliverDueWebhooks();
    assertThat(received).hasSize(3);
    assertThat(received.stream().map(r -> r.header("X-Shopify-Webhook-Id")).distinct()).hasSize(1);
    assertThat(new String(received.get(2).body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"available\":3");
  }

  @Test
  void the_subscription_is_removed_after_eight_failed_retries() {
    subscribe("PRODUCTS_UPDATE");
    failuresLeft.set(100);
    sim.merchant().setAvailable("redwine", 1);
    sim.deliverDueWebhooks();
    for (int i = 0; i < 8; i++) {
      clock.advance(Duration.ofMinutes(120));
      sim.deliverDueWebhooks();
    }
    assertThat(received).hasSize(9);
    assertThat(sim.webhookSubscriptionCount()).isZero();
    assertThat(
            http.query("{ webhookSubscriptions(first: 5) { nodes { id } } }")
                .data()
                .at("/webhookSubscriptions/nodes"))
        .isEmpty();
  }

  @Test
  void refunds_and_cancellations_fire_their_topics() {
    subscribe("REFUNDS_CREATE");
    subscribe("ORDERS_CANCELLED");
    long id = sim.shopper().placeOrder(List.of(new Shopper.Line("TEE-S", 1)));
    sim.merchant().cancel(id, "CUSTOMER", true);
    sim.deliverDueWebhooks();
    assertThat(received)
        .extracting(r -> r.header("X-Shopify-Topic"))
        .containsExactly("refunds/create", "orders/cancelled");
    assertThat(new String(received.get(0).body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"restock_type\":\"cancel\"");
  }

  @Test
  void duplicates_share_a_webhook_id_and_reordering_is_seeded() {
    subscribe("ORDERS_CREATE");
    sim.webhookOptions().duplicate = true;
    sim.webhookOptions().reorder = true;
    for (int i = 0; i < 6; i++) {
      sim.shopper().placeOrder(List.of(new Shopper.Line("whitewine", 1)));
    }
    sim.deliverDueWebhooks();
    assertThat(received).hasSize(12);
    List<String> ids = received.stream().map(r -> r.header("X-Shopify-Webhook-Id")).toList();
    assertThat(ids.get(0)).isEqualTo(ids.get(1));
    List<String> orders =
        received.stream()
            .map(r -> new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
            .map(b -> b.substring(b.indexOf("\"name\":\"#") + 9, b.indexOf("\"name\":\"#") + 13))
            .distinct()
            .toList();
    assertThat(orders)
        .hasSize(6)
        .isNotEqualTo(List.of("1001", "1002", "1003", "1004", "1005", "1006"));
  }

  @Test
  void deleting_a_variant_fires_products_update_without_it() {
    subscribe("PRODUCTS_UPDATE");
    sim.merchant().deleteVariant("TEE-S");
    sim.deliverDueWebhooks();
    String body = new String(received.get(0).body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body).contains("\"sku\":\"TEE-M\"").doesNotContain("TEE-S");
    assertThat(
            http.query("{ productVariants(first: 5, query: \"sku:TEE-S\") { nodes { id } } }")
                .data()
                .at("/productVariants/nodes"))
        .isEmpty();
  }
}
