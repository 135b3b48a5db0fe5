package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.quickbooks.IntuitSignature;
import dev.stockbook.sim.woocommerce.Shopper;
import java.math.BigDecimal;
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

/** Webhooks from both simulators, delivered for real over HTTP to {@code serve}. */
class WebhooksIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  @TempDir Path dir;
  private ServiceWorld world;

  @BeforeEach
  void start() {
    world = ServiceWorld.start(dir).afterFirstCycle();
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void the_service_registers_its_webhooks_on_the_store() {
    world.woocommerce.deliverDueWebhooks();
    assertThat(world.woocommerce.webhookAttempts())
        .filteredOn(a -> a.topic().equals("ping"))
        .hasSize(3)
        .allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
  }

  @Test
  void a_store_order_webhook_posts_the_order_and_pushes_stock_without_waiting_for_the_schedule() {
    world.bookkeeper.adjust("redwine", 6); // QuickBooks 26; no QuickBooks webhooks in this test
    long order = world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("redwine", 5)));
    String doc = "WEB-" + world.woocommerce.order(order).path("number").asText();

    assertThat(world.woocommerce.deliverDueWebhooks()).isPositive();

    Eventually.until(
        WAIT,
        () -> world.bookkeeper.countDocuments("SalesReceipt", doc) == 1,
        "the sales receipt in QuickBooks");
    Eventually.until(
        WAIT,
        () -> Long.valueOf(21).equals(world.storeShows("redwine")),
        "the store showing QuickBooks' 26 - 5");
    assertThat(world.bookkeeper.onHand("redwine")).isEqualByComparingTo(BigDecimal.valueOf(21));
    Eventually.until(WAIT, () -> metrics().contains(turns("orders", 1)), "the orders turn counted");
    // One turn posted the order and published its stock; the product.updated the sale fired did not
    // add a full cycle.
    assertThat(world.wiring.state().runs().recent(world.name(), 100))
        .filteredOn(r -> r.ordersPosted() > 0)
        .singleElement()
        .satisfies(r -> assertThat(r.stockPushed()).isEqualTo(1));
    assertThat(world.woocommerce.webhookAttempts())
        .anySatisfy(a -> assertThat(a.topic()).isEqualTo("product.updated"));
    assertThat(metrics()).contains(turns("cycle", 1));
  }

  @Test
  void
      a_quickbooks_inventory_adjustment_webhook_reaches_the_store_in_a_stock_turn_not_a_full_cycle() {
    world.quickbooks.webhookUrl(world.url("/webhooks/quickbooks"));
    long orderReads = world.woocommerce.journal().count(e -> e.path().endsWith("/orders"));
    world.bookkeeper.adjust("redwine", 6);

    assertThat(world.quickbooks.deliverDueWebhooks()).isPositive();

    Eventually.until(
        WAIT,
        () -> Long.valueOf(26).equals(world.storeShows("redwine")),
        "the store showing QuickBooks' 26");
    Eventually.until(WAIT, () -> metrics().contains(turns("stock", 1)), "the stock turn counted");
    assertThat(metrics()).contains(turns("cycle", 1));
    assertThat(world.woocommerce.journal().count(e -> e.path().endsWith("/orders")))
        .isEqualTo(orderReads);
  }

  @Test
  void a_quickbooks_change_told_of_before_the_turns_change_feed_read_needs_no_turn_of_its_own() {
    world.quickbooks.webhookUrl(world.url("/webhooks/quickbooks"));
    int runsBefore = world.runs(world.name());
    world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("redwine", 5)));
    world.woocommerce.latency(Duration.ofSeconds(2), Duration.ZERO, Duration.ZERO);
    assertThat(world.woocommerce.deliverDueWebhooks()).isPositive();
    // While the order's turn waits 2 s for the store's answer, QuickBooks changes and says so.
    Eventually.until(WAIT, this::turnUnderWay, "the order's turn under way");
    world.bookkeeper.adjust("redwine", 6);
    assertThat(world.quickbooks.deliverDueWebhooks()).isPositive();

    Eventually.until(
        WAIT,
        () -> Long.valueOf(21).equals(world.storeShows("redwine")),
        "the store showing QuickBooks' 20 + 6 - 5");
    Eventually.until(
        WAIT,
        () -> world.server.runtime().tables().waiting(world.name()).isEmpty(),
        "every event worked");
    // The turn's change-feed read came after the webhook, so it published the adjustment with the
    // sale; a stock turn for the webhook would only read the same again.
    assertThat(world.runs(world.name()) - runsBefore).isEqualTo(1);
  }

  @Test
  void quickbooks_webhook_for_the_sale_a_turn_posted_and_published_needs_no_turn_of_its_own() {
    world.quickbooks.webhookUrl(world.url("/webhooks/quickbooks"));
    int runsBefore = world.runs(world.name());
    long eventsBefore = world.server.runtime().tables().count(world.name());
    long order = world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("redwine", 5)));
    String doc = "WEB-" + world.woocommerce.order(order).path("number").asText();
    assertThat(world.woocommerce.deliverDueWebhooks()).isPositive();
    Eventually.until(
        WAIT,
        () -> world.bookkeeper.countDocuments("SalesReceipt", doc) == 1,
        "the sales receipt in QuickBooks");
    Eventually.until(
        WAIT,
        () -> world.server.runtime().tables().waiting(world.name()).isEmpty(),
        "the order's turn done");
    long orderEvents = world.server.runtime().tables().count(world.name()) - eventsBefore;

    // QuickBooks tells of the sale after the turn that posted it has read the change feed.
    assertThat(world.quickbooks.deliverDueWebhooks()).isPositive();

    Eventually.until(
        WAIT,
        () -> world.server.runtime().tables().count(world.name()) - eventsBefore > orderEvents,
        "QuickBooks' webhook recorded");
    Eventually.until(
        WAIT,
        () -> world.server.runtime().tables().waiting(world.name()).isEmpty(),
        "QuickBooks' webhook worked");
    assertThat(world.storeShows("redwine")).isEqualTo(15L);
    // One turn posted the sale and published its stock; the webhook about that sale added none.
    assertThat(world.runs(world.name()) - runsBefore).isEqualTo(1);
  }

  private boolean turnUnderWay() {
    try (var c =
            ((dev.stockbook.state.DatabaseStateStore) world.wiring.state())
                .dataSource()
                .getConnection();
        var s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE picked AND task_instance = ?")) {
      s.setString(1, world.name());
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_delivery_sent_twice_is_recorded_once_and_a_forged_one_not_at_all() {
    long order = world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
    byte[] body =
        ("{\"id\":" + order + ",\"status\":\"processing\"}").getBytes(StandardCharsets.UTF_8);
    long before = world.server.runtime().tables().count(world.name());

    assertThat(wooDelivery(body, sign(body, ServiceWorld.WEBHOOK_SECRET), "d-1").statusCode())
        .isEqualTo(200);
    assertThat(wooDelivery(body, sign(body, ServiceWorld.WEBHOOK_SECRET), "d-1").body())
        .isEqualTo("already recorded");
    assertThat(wooDelivery(body, sign(body, "not-the-secret"), "d-2").statusCode()).isEqualTo(401);
    assertThat(wooDelivery(body, "", "d-3").statusCode()).isEqualTo(401);
    byte[] notJson = "{not json".getBytes(StandardCharsets.UTF_8);
    assertThat(wooDelivery(notJson, sign(notJson, ServiceWorld.WEBHOOK_SECRET), "d-4").statusCode())
        .isEqualTo(400);

    assertThat(world.server.runtime().tables().count(world.name())).isEqualTo(before + 1);
  }

  @Test
  void forged_and_malformed_quickbooks_deliveries_are_refused_and_nothing_is_recorded() {
    byte[] events =
        ("[{\"specversion\":\"1.0\",\"id\":\"e-1\",\"type\":\"qbo.item.updated.v1\",\"intuitaccountid\":\""
                + world.quickbooks.realmId()
                + "\",\"intuitentityid\":\"1\"}]")
            .getBytes(StandardCharsets.UTF_8);
    byte[] malformed = "{\"hello\":1}".getBytes(StandardCharsets.UTF_8);
    long before = world.server.runtime().tables().count(world.name());

    assertThat(qbDelivery(events, IntuitSignature.sign(events, "wrong-token")).statusCode())
        .isEqualTo(401);
    assertThat(
            qbDelivery(
                    malformed,
                    IntuitSignature.sign(malformed, world.quickbooks.webhookVerifierToken()))
                .statusCode())
        .isEqualTo(400);
    assertThat(world.server.runtime().tables().count(world.name())).isEqualTo(before);

    assertThat(
            qbDelivery(
                    events, IntuitSignature.sign(events, world.quickbooks.webhookVerifierToken()))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            qbDelivery(
                    events, IntuitSignature.sign(events, world.quickbooks.webhookVerifierToken()))
                .statusCode())
        .isEqualTo(200);
    assertThat(world.server.runtime().tables().count(world.name())).isEqualTo(before + 1);
  }

  @Test
  void an_oversized_body_is_refused_with_413() {
    byte[] big = new byte[(1 << 20) + 10];
    java.util.Arrays.fill(big, (byte) ' ');
    assertThat(qbDelivery(big, "x").statusCode()).isEqualTo(413);
    assertThat(wooDelivery(big, "x", "d-9").statusCode()).isEqualTo(413);
  }

  private String metrics() {
    return world.admin("GET", "/metrics").body();
  }

  private String turns(String kind, int count) {
    return "stockbook_cycles_total{connection=\""
        + world.name()
        + "\",kind=\""
        + kind
        + "\",outcome=\"ok\"} "
        + count
        + ".0";
  }

  private HttpResponse<String> wooDelivery(byte[] body, String signature, String deliveryId) {
    return world.send(
        HttpRequest.newBuilder(world.url("/webhooks/woocommerce/" + world.name()))
            .header("Content-Type", "application/json")
            .header("X-WC-Webhook-Topic", "order.updated")
            .header("X-WC-Webhook-Signature", signature)
            .header("X-WC-Webhook-Delivery-ID", deliveryId)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpResponse<String> qbDelivery(byte[] body, String signature) {
    return world.send(
        HttpRequest.newBuilder(world.url("/webhooks/quickbooks"))
            .header("Content-Type", "application/json")
            .header("intuit-signature", signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  static String sign(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
