package dev.stockbook.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.shopify.Merchant;
import dev.stockbook.sim.shopify.Shopper;
import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.StoreWebhooks;
import dev.stockbook.store.webhook.WebhookDelivery;
import dev.stockbook.store.webhook.WebhookEvent;
import dev.stockbook.store.webhook.WebhookReceiver;
import dev.stockbook.testkit.DeliveryCatcher;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Subscriptions made by the connector, deliveries sent by the simulator, read by the receiver. */
class ShopifyWebhooksIT {
  final TestShop shop = new TestShop();
  final DeliveryCatcher catcher = new DeliveryCatcher();
  final WebhookReceiver receiver = new ShopifyConnectorFactory().webhooks().orElseThrow();
  final StoreWebhooks webhooks = (StoreWebhooks) shop.connector();

  @AfterEach
  void close() {
    catcher.close();
    shop.close();
  }

  @Test
  void every_followed_topic_arrives_signed_and_names_its_order_product_or_inventory_item() {
    webhooks.ensureWebhooks(catcher.url("/webhooks/shop"), "ignored");
    shop.store.createProduct("red", 10, "12.00");
    long order = shop.sim.shopper().placeOrder(List.of(new Shopper.Line("red", 2)));
    shop.sim.merchant().refund(order, "red", 1, Merchant.Restock.CANCEL);
    shop.sim.deliverDueWebhooks();

    Map<String, WebhookEvent.Change> byTopic = new java.util.HashMap<>();
    for (DeliveryCatcher.Caught c : catcher.caught()) {
      WebhookEvent event = receive(c.headers(), c.body(), shop.store.settings());
      assertThat(event).isInstanceOf(WebhookEvent.Change.class);
      WebhookEvent.Change change = (WebhookEvent.Change) event;
      byTopic.put(change.storeTopic(), change);
    }

    assertThat(byTopic.get("orders/create").resourceId()).isEqualTo(String.valueOf(order));
    assertThat(byTopic.get("refunds/create").kind()).isEqualTo(WebhookEvent.Kind.ORDER);
    assertThat(byTopic.get("refunds/create").resourceId()).isEqualTo(String.valueOf(order));
    assertThat(byTopic.get("orders/updated").kind()).isEqualTo(WebhookEvent.Kind.ORDER);
    assertThat(byTopic.get("products/update").kind()).isEqualTo(WebhookEvent.Kind.PRODUCT);
    String item = shop.product(shop.connector(), "red").address().inventoryItemId();
    assertThat(byTopic.get("inventory_levels/update").kind())
        .isEqualTo(WebhookEvent.Kind.INVENTORY);
    assertThat(byTopic.get("inventory_levels/update").resourceId()).isEqualTo(item);
  }

  @Test
  void a_delivery_sent_twice_has_one_delivery_key() {
    webhooks.ensureWebhooks(catcher.url("/webhooks/shop"), "ignored");
    shop.sim.webhookOptions().duplicate = true;
    shop.store.createProduct("white", 10, "10.00");
    shop.sim.shopper().placeOrder(List.of(new Shopper.Line("white", 1)));
    shop.sim.deliverDueWebhooks();

    List<DeliveryCatcher.Caught> sent =
        catcher.caught().stream()
            .filter(c -> "orders/create".equals(c.header("X-Shopify-Topic")))
            .toList();
    List<String> keys =
        sent.stream()
            .map(c -> receive(c.headers(), c.body(), shop.store.settings()))
            .map(e -> ((WebhookEvent.Change) e).deliveryKey())
            .toList();

    assertThat(keys).hasSize(2);
    assertThat(keys.get(0))
        .isEqualTo(keys.get(1))
        .isEqualTo(sent.get(0).header("X-Shopify-Webhook-Id"));
  }

  @Test
  void a_bad_signature_is_refused_an_unknown_topic_ignored_and_no_client_secret_unverifiable() {
    byte[] body = "{\"id\":7}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String good =
        dev.stockbook.sim.shopify.internal.WebhookSender.signature(body, shop.sim.clientSecret());
    StoreSettings settings = shop.store.settings();

    WebhookEvent forged = receive(headers("orders/create", "AAAA"), body, settings);
    WebhookEvent unknown = receive(headers("customers/create", good), body, settings);
    WebhookEvent unverifiable =
        receive(headers("orders/create", good), body, shop.store.with(Map.of("clientSecret", "")));

    assertThat(forged)
        .isInstanceOfSatisfying(
            WebhookEvent.Rejected.class, r -> assertThat(r.status()).isEqualTo(401));
    assertThat(unknown).isInstanceOf(WebhookEvent.Ignored.class);
    assertThat(unverifiable)
        .isInstanceOfSatisfying(
            WebhookEvent.Rejected.class,
            r -> {
              assertThat(r.status()).isEqualTo(401);
              assertThat(r.reason()).contains("store.clientSecret");
            });
  }

  @Test
  void ensuring_moves_this_connections_subscriptions_and_leaves_another_connections_alone() {
    SimAdmin admin = new SimAdmin(shop.sim);
    admin.subscribe("ORDERS_CREATE", "http://127.0.0.1:9/old/webhooks/shop");
    admin.subscribe("ORDERS_CREATE", "http://127.0.0.1:9/webhooks/other-shop");
    URI url = URI.create("http://127.0.0.1:9/new/webhooks/shop");

    List<String> first = webhooks.ensureWebhooks(url, "ignored");
    List<String> again = webhooks.ensureWebhooks(url, "ignored");

    assertThat(first)
        .contains(
            "moved the orders/create webhook from http://127.0.0.1:9/old/webhooks/shop to " + url)
        .contains("created the refunds/create webhook")
        .hasSize(6);
    assertThat(again).isEmpty();
    assertThat(admin.subscribed("ORDERS_CREATE"))
        .filteredOn(u -> u.startsWith("http://127.0.0.1:9/"))
        .containsExactlyInAnyOrder(url.toString(), "http://127.0.0.1:9/webhooks/other-shop");
  }

  private WebhookEvent receive(
      Map<String, List<String>> headers, byte[] body, StoreSettings settings) {
    return receiver.receive(new WebhookDelivery(headers, body), settings, "not-used-by-shopify");
  }

  private static Map<String, List<String>> headers(String topic, String hmac) {
    return Map.of(
        "X-Shopify-Topic", List.of(topic),
        "X-Shopify-Hmac-Sha256", List.of(hmac),
        "X-Shopify-Webhook-Id", List.of("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"));
  }
}
