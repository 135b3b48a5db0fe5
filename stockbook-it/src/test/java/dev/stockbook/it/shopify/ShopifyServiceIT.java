package dev.stockbook.it.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.demo.ShopifyDemoStore;
import dev.stockbook.it.service.Eventually;
import dev.stockbook.it.service.ServiceWorld;
import dev.stockbook.sim.shopify.ShopifySimulator;
import dev.stockbook.sim.shopify.Shopper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with two connections on one QuickBooks company: {@code demo} to a Shopify simulator
 * and {@code demo-2} to a WooCommerce one. Shopify's signed webhooks reach the service over HTTP; a
 * forged one and one of a topic Stockbook does not follow record nothing; the admin API's status,
 * stock, reconcile and retry work on the Shopify connection as on WooCommerce.
 */
class ShopifyServiceIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private ShopifySimulator shopify;
  private ServiceWorld world;

  @BeforeEach
  void start() {
    shopify = ShopifySimulator.builder().promptWebhooks(false).start();
    shopify.seedDemoStore();
    world =
        ServiceWorld.withStores(
                dir,
                2,
                c -> {
                  if (c.get("name").equals("demo")) {
                    c.keySet().removeIf(k -> k.startsWith("store."));
                    c.putAll(ShopifyDemoStore.settings(shopify));
                  }
                })
            .afterFirstCycle();
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
    shopify.close();
  }

  @Test
  void the_service_subscribes_and_a_signed_order_webhook_posts_the_order() {
    assertThat(shopify.webhookSubscriptionCount())
        .as("subscriptions made at start-up")
        .isPositive();
    long order = shopify.shopper().placeOrder(List.of(new Shopper.Line("redwine", 5)));
    String doc = "WEB-" + number(order);

    assertThat(shopify.deliverDueWebhooks()).isPositive();

    Eventually.until(
        WAIT,
        () -> world.bookkeeper.countDocuments("SalesReceipt", doc) == 1,
        "the sales receipt of the Shopify order in QuickBooks");
    Eventually.until(
        WAIT,
        () -> shopify.quantity("redwine", "available") == 15,
        "the Shopify store showing QuickBooks' 20 - 5");
    assertThat(shopify.webhookAttempts()).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
  }

  @Test
  void a_forged_delivery_is_refused_an_unknown_topic_ignored_and_the_other_connection_goes_on() {
    byte[] body = "{\"id\":123456,\"name\":\"#9999\"}".getBytes(StandardCharsets.UTF_8);
    long before = world.server.runtime().tables().count("demo");

    HttpResponse<String> forged = deliver("orders/create", body, sign(body, "not-the-secret"));
    HttpResponse<String> unknown =
        deliver("customers/create", body, sign(body, shopify.clientSecret()));

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.body()).contains("X-Shopify-Hmac-Sha256").contains("store.clientSecret");
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(unknown.body()).contains("customers/create");
    assertThat(world.server.runtime().tables().count("demo"))
        .as("nothing recorded")
        .isEqualTo(before);

    var woo = world.stores.get(1);
    long wooOrder =
        woo.shopper()
            .placeOrder(List.of(new dev.stockbook.sim.woocommerce.Shopper.Line("whitewine", 2)));
    assertThat(woo.deliverDueWebhooks()).isPositive();
    String doc = "WEB-" + woo.order(wooOrder).path("number").asText();
    Eventually.until(
        WAIT,
        () -> world.bookkeeper.countDocuments("SalesReceipt", doc) == 1,
        "the WooCommerce connection's order posted");
  }

  @Test
  void status_stock_reconcile_and_retry_work_on_the_shopify_connection() throws Exception {
    JsonNode list = JSON.readTree(world.admin("GET", "/api/connections").body());
    assertThat(list.findValuesAsText("name")).contains("demo", "demo-2");
    JsonNode demo = find(list, "demo");
    assertThat(demo.path("status").asText()).isEqualTo("active");
    assertThat(demo.path("lastRun").path("summary").asText()).contains("order(s) read");
    JsonNode stock = JSON.readTree(world.admin("GET", "/api/connections/demo/stock").body());
    assertThat(stock.toString()).contains("redwine");

    shopify.merchant().setAvailable("whitewine", 50);
    JsonNode drift = row(world.admin("GET", "/api/connections/demo/stock").body(), "whitewine");
    assertThat(drift.path("storeShows").asLong()).as(drift.toString()).isEqualTo(50);
    assertThat(drift.path("shouldShow").asLong()).as(drift.toString()).isEqualTo(35);
    world.wiring.engine("demo").reconcile(true); // what 'stockbook reconcile --fix' runs
    assertThat(shopify.quantity("whitewine", "available"))
        .as("reconcile --fix puts QuickBooks' 35 back in Shopify")
        .isEqualTo(35);
    assertThat(
            row(world.admin("GET", "/api/connections/demo/stock").body(), "whitewine")
                .path("storeShows")
                .asLong())
        .isEqualTo(35);

    long order = shopify.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
    shopify.deliverDueWebhooks();
    Eventually.until(
        WAIT,
        () -> world.wiring.state().orders().find("demo", String.valueOf(order)).isPresent(),
        "the order known");
    HttpResponse<String> retry =
        world.admin("POST", "/api/connections/demo/orders/" + order + "/retry");
    assertThat(retry.statusCode()).as(retry.body()).isLessThan(300);
    assertThat(world.admin("POST", "/api/connections/demo/orders/999999/retry").statusCode())
        .isEqualTo(404);
    Eventually.until(
        WAIT,
        () -> world.bookkeeper.countDocuments("SalesReceipt", "WEB-" + number(order)) == 1,
        "the order posted once");
  }

  private static JsonNode row(String stock, String sku) throws java.io.IOException {
    for (JsonNode r : JSON.readTree(stock)) {
      if (r.path("sku").asText().equals(sku)) {
        return r;
      }
    }
    throw new AssertionError("no row " + sku + " in " + stock);
  }

  private static JsonNode find(JsonNode list, String name) {
    for (JsonNode c : list) {
      if (c.path("name").asText().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no connection " + name + " in " + list);
  }

  /** Shopify's order number (#1001 → 1001), read over its Admin API as the connector reads it. */
  private String number(long orderId) {
    try (var store =
        world.wiring.context(world.server.runtime().connection("demo").orElseThrow()).store()) {
      return store.ordersById(List.of(String.valueOf(orderId))).get(0).number();
    }
  }

  private HttpResponse<String> deliver(String topic, byte[] body, String hmac) {
    return world.send(
        HttpRequest.newBuilder(world.url("/webhooks/demo"))
            .header("Content-Type", "application/json")
            .header("X-Shopify-Topic", topic)
            .header("X-Shopify-Hmac-Sha256", hmac)
            .header("X-Shopify-Shop-Domain", shopify.shopDomain())
            .header("X-Shopify-Api-Version", "2026-10")
            .header("X-Shopify-Webhook-Id", "wh-" + topic.hashCode())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static String sign(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
