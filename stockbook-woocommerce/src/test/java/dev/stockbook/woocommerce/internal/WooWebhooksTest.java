package dev.stockbook.woocommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.config.ConfigValues;
import dev.stockbook.store.webhook.WebhookDelivery;
import dev.stockbook.store.webhook.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WooWebhooksTest {
  private static final byte[] BODY =
      "{\"id\":42,\"date_modified_gmt\":\"2026-11-26T17:10:00\"}".getBytes(StandardCharsets.UTF_8);
  private static final StoreSettings SETTINGS =
      new StoreSettings(
          "shop", ConfigValues.of(Map.of()), Duration.ofSeconds(1), Clock.systemUTC());
  private final WooWebhooks webhooks = new WooWebhooks();

  @Test
  void a_signature_over_the_exact_bytes_with_the_secret_verifies() throws Exception {
    assertThat(WooWebhooks.verify(BODY, sign(BODY, "s3cret"), "s3cret")).isTrue();
  }

  @Test
  void a_signature_with_another_secret_a_changed_body_or_no_header_does_not_verify()
      throws Exception {
    assertThat(WooWebhooks.verify(BODY, sign(BODY, "other"), "s3cret")).isFalse();
    assertThat(
            WooWebhooks.verify(
                "{\"id\":43}".getBytes(StandardCharsets.UTF_8), sign(BODY, "s3cret"), "s3cret"))
        .isFalse();
    assertThat(WooWebhooks.verify(BODY, null, "s3cret")).isFalse();
    assertThat(WooWebhooks.verify(BODY, "not base64 !", "s3cret")).isFalse();
    assertThat(WooWebhooks.verify(BODY, sign(BODY, ""), "")).isFalse();
  }

  @Test
  void a_signed_order_event_is_an_order_change_with_its_id() throws Exception {
    WebhookEvent event = receive("order.updated", BODY, sign(BODY, "s3cret"));

    assertThat(event)
        .isInstanceOfSatisfying(
            WebhookEvent.Change.class,
            c -> {
              assertThat(c.kind()).isEqualTo(WebhookEvent.Kind.ORDER);
              assertThat(c.resourceId()).isEqualTo("42");
              assertThat(c.storeTopic()).isEqualTo("order.updated");
            });
  }

  @Test
  void topics_other_than_orders_and_products_are_acknowledged_and_ignored() throws Exception {
    for (String topic :
        List.of("coupon.created", "action.woocommerce_checkout_order_processed", "")) {
      assertThat(receive(topic, BODY, sign(BODY, "s3cret")))
          .isInstanceOf(WebhookEvent.Ignored.class);
    }
    assertThat(receive("product.updated", BODY, sign(BODY, "s3cret")))
        .isInstanceOfSatisfying(
            WebhookEvent.Change.class,
            c -> assertThat(c.kind()).isEqualTo(WebhookEvent.Kind.PRODUCT));
  }

  @Test
  void the_creation_ping_is_answered_and_a_forged_or_malformed_delivery_is_rejected()
      throws Exception {
    byte[] ping = "webhook_id=7".getBytes(StandardCharsets.US_ASCII);
    byte[] noId = "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(receive(null, ping, null)).isInstanceOf(WebhookEvent.Ping.class);
    assertThat(receive("order.created", BODY, sign(BODY, "other")))
        .isInstanceOfSatisfying(
            WebhookEvent.Rejected.class, r -> assertThat(r.status()).isEqualTo(401));
    assertThat(receive("order.created", noId, sign(noId, "s3cret")))
        .isInstanceOfSatisfying(
            WebhookEvent.Rejected.class,
            r -> {
              assertThat(r.status()).isEqualTo(400);
              assertThat(r.reason()).contains("id of the order");
            });
  }

  @Test
  void two_orders_sharing_a_delivery_id_are_two_deliveries_and_a_resent_one_is_the_same()
      throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var a = json.readTree("{\"id\":22,\"date_modified_gmt\":\"2026-11-26T17:10:00\"}");
    var b = json.readTree("{\"id\":23,\"date_modified_gmt\":\"2026-11-26T17:10:00\"}");

    assertThat(WooWebhooks.deliveryKey("d1", "order.created", "22", a))
        .isNotEqualTo(WooWebhooks.deliveryKey("d1", "order.created", "23", b))
        .isEqualTo(WooWebhooks.deliveryKey("d1", "order.created", "22", a));
  }

  private WebhookEvent receive(String topic, byte[] body, String signature) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (topic != null) {
      headers.put("x-wc-webhook-topic", List.of(topic));
    }
    if (signature != null) {
      headers.put("X-WC-Webhook-Signature", List.of(signature));
    }
    return webhooks.receive(new WebhookDelivery(headers, body), SETTINGS, "s3cret");
  }

  private static String sign(byte[] body, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            secret.isEmpty() ? new byte[1] : secret.getBytes(StandardCharsets.UTF_8),
            "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body));
  }
}
