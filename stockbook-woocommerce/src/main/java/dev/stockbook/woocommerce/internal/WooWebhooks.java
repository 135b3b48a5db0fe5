package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.webhook.WebhookDelivery;
import dev.stockbook.store.webhook.WebhookEvent;
import dev.stockbook.store.webhook.WebhookReceiver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * WooCommerce's webhook deliveries: {@code X-WC-Webhook-Signature} is the base64 HMAC-SHA256 of the
 * raw body with the secret Stockbook registered; the creation ping is a form body {@code
 * webhook_id=N} with no signature. Order and product topics are followed; whatever else the store
 * signed is acknowledged and ignored. The Content-Type is not relied on: the signature and the body
 * decide.
 */
public final class WooWebhooks implements WebhookReceiver {
  public static final String SIGNATURE = "X-WC-Webhook-Signature";
  public static final String TOPIC = "X-WC-Webhook-Topic";
  public static final String DELIVERY_ID = "X-WC-Webhook-Delivery-ID";

  /** What Stockbook subscribes a WooCommerce store to. */
  public static final List<String> TOPICS =
      List.of("order.created", "order.updated", "product.updated");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public WebhookEvent receive(WebhookDelivery delivery, StoreSettings settings, String secret) {
    byte[] body = delivery.body();
    String signature = delivery.header(SIGNATURE);
    if ((signature == null || signature.isBlank())
        && new String(body, StandardCharsets.US_ASCII).matches("webhook_id=\\d+")) {
      return new WebhookEvent.Ping();
    }
    if (!verify(body, signature, secret)) {
      return WebhookEvent.Rejected.forged();
    }
    String topic = delivery.header(TOPIC);
    if (topic == null || !topic.matches("(order|product)\\.[a-z_]+")) {
      return new WebhookEvent.Ignored("ignored: not an order or product topic");
    }
    JsonNode json = json(body);
    String id = resourceId(json);
    String resource = topic.substring(0, topic.indexOf('.'));
    if (id == null) {
      return WebhookEvent.Rejected.malformed(
          "Expected a JSON body with the id of the " + resource + ".");
    }
    WebhookEvent.Kind kind =
        resource.equals("order") ? WebhookEvent.Kind.ORDER : WebhookEvent.Kind.PRODUCT;
    return new WebhookEvent.Change(
        kind, id, deliveryKey(delivery.header(DELIVERY_ID), topic, id, json), topic);
  }

  /**
   * What makes a delivery the same as one recorded before. WooCommerce's delivery id is a hash of
   * the webhook id and the second it was sent, so two orders in one second share it; the resource
   * and its modification time tell them apart, and a re-sent delivery still matches itself.
   */
  static String deliveryKey(String deliveryId, String topic, String id, JsonNode json) {
    return String.join(
        "|",
        deliveryId == null ? "" : deliveryId,
        topic,
        id,
        json.path("date_modified_gmt").asText(""));
  }

  static boolean verify(byte[] body, String signature, String secret) {
    if (signature == null || secret == null || secret.isEmpty()) {
      return false;
    }
    try {
      byte[] claimed = Base64.getDecoder().decode(signature.strip());
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return MessageDigest.isEqual(mac.doFinal(body), claimed);
    } catch (IllegalArgumentException notBase64) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static JsonNode json(byte[] body) {
    try {
      JsonNode json = JSON.readTree(body);
      return json == null ? MissingNode.getInstance() : json;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  private static String resourceId(JsonNode json) {
    JsonNode id = json.path("id");
    return id.isIntegralNumber() && id.canConvertToLong() && id.asLong() > 0 ? id.asText() : null;
  }
}
