package dev.stockbook.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.config.ConfigValues;
import dev.stockbook.store.webhook.WebhookDelivery;
import dev.stockbook.store.webhook.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ShopifyWebhooksTest {
  private static final String SECRET = "shpss_app_secret";
  private static final byte[] REFUND =
      "{\"id\":6001,\"order_id\":5803,\"created_at\":\"2026-10-25T10:00:00-04:00\"}"
          .getBytes(StandardCharsets.UTF_8);
  private final ShopifyWebhooks webhooks = new ShopifyWebhooks();

  @Test
  void a_signature_over_the_exact_bytes_with_the_client_secret_verifies_and_nothing_else_does()
      throws Exception {
    assertThat(ShopifyWebhooks.verify(REFUND, sign(REFUND, SECRET), SECRET)).isTrue();
    assertThat(ShopifyWebhooks.verify(REFUND, sign(REFUND, "other"), SECRET)).isFalse();
    assertThat(ShopifyWebhooks.verify(REFUND, null, SECRET)).isFalse();
    assertThat(ShopifyWebhooks.verify(REFUND, "not base64 !", SECRET)).isFalse();
  }

  @Test
  void a_refund_is_a_change_of_its_order_keyed_by_the_webhook_id() throws Exception {
    WebhookEvent event =
        receive("refunds/create", REFUND, sign(REFUND, SECRET), "my-shop.myshopify.com");

    assertThat(event)
        .isEqualTo(
            new WebhookEvent.Change(WebhookEvent.Kind.ORDER, "5803", "wh-1", "refunds/create"));
  }

  @Test
  void a_delivery_signed_for_another_shop_of_the_app_is_ignored() throws Exception {
    WebhookEvent event =
        receive("refunds/create", REFUND, sign(REFUND, SECRET), "other.myshopify.com");

    assertThat(event).isInstanceOf(WebhookEvent.Ignored.class);
  }

  @Test
  void a_signed_body_without_the_topics_id_is_malformed() throws Exception {
    byte[] body = "{\"order_id\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    WebhookEvent event =
        receive("refunds/create", body, sign(body, SECRET), "my-shop.myshopify.com");

    assertThat(event)
        .isInstanceOfSatisfying(
            WebhookEvent.Rejected.class, r -> assertThat(r.status()).isEqualTo(400));
  }

  private WebhookEvent receive(String topic, byte[] body, String hmac, String shop) {
    Map<String, List<String>> headers =
        Map.of(
            "x-shopify-topic", List.of(topic),
            "X-Shopify-Hmac-Sha256", List.of(hmac),
            "X-Shopify-Shop-Domain", List.of(shop),
            "X-Shopify-Webhook-Id", List.of("wh-1"));
    StoreSettings settings =
        new StoreSettings(
            "main",
            ConfigValues.of(Map.of("shop", "my-shop", "clientSecret", SECRET)),
            Duration.ofSeconds(1),
            Clock.systemUTC());
    return webhooks.receive(new WebhookDelivery(headers, body), settings, "");
  }

  private static String sign(byte[] body, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body));
  }
}
