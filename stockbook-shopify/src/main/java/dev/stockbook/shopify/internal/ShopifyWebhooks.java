package dev.stockbook.shopify.internal;

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
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Shopify's webhook deliveries (shopify.dev/docs/apps/build/webhooks/verify-deliveries): {@code
 * X-Shopify-Hmac-Sha256} is the base64 HMAC-SHA256 of the raw body keyed with the app's client
 * secret ({@code store.clientSecret}; Shopify does not let a subscriber choose a secret), compared
 * in constant time. {@code X-Shopify-Webhook-Id} stays the same on every retry, so it is the
 * delivery key. A delivery signed for another shop of the same app is ignored. Bodies are the REST
 * resource of the topic; the order's, product's or inventory item's numeric {@code id} is read.
 */
public final class ShopifyWebhooks implements WebhookReceiver {
  public static final String HMAC = "X-Shopify-Hmac-Sha256";
  public static final String TOPIC = "X-Shopify-Topic";
  public static final String WEBHOOK_ID = "X-Shopify-Webhook-Id";
  public static final String SHOP_DOMAIN = "X-Shopify-Shop-Domain";

  /** What Stockbook subscribes a shop to, as Shopify names the topics in deliveries. */
  public static final List<String> TOPICS =
      List.of(
          "orders/create",
          "orders/updated",
          "orders/cancelled",
          "refunds/create",
          "products/update",
          "inventory_levels/update");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public WebhookEvent receive(WebhookDelivery delivery, StoreSettings settings, String secret) {
    byte[] body = delivery.body();
    WebhookEvent refused = refused(delivery, body, settings);
    if (refused != null) {
      return refused;
    }
    String topic = String.valueOf(delivery.header(TOPIC)).toLowerCase(Locale.ROOT);
    Subject subject = Subject.of(topic);
    if (subject == null) {
      return new WebhookEvent.Ignored("ignored: Stockbook does not follow " + topic);
    }
    JsonNode json = json(body);
    String id = subject.id(json);
    if (id == null) {
      return WebhookEvent.Rejected.malformed(
          "Expected a JSON body with the numeric " + subject.field() + " of the " + topic + ".");
    }
    return new WebhookEvent.Change(subject.kind(), id, key(delivery, topic, id, json), topic);
  }

  /** Why the delivery is not taken (no secret to check it, a bad signature, another shop). */
  private static WebhookEvent refused(
      WebhookDelivery delivery, byte[] body, StoreSettings settings) {
    String clientSecret = settings.value(ShopifyOptions.CLIENT_SECRET);
    if (clientSecret.isBlank()) {
      return new WebhookEvent.Rejected(
          401,
          "unverifiable",
          "store.clientSecret is not set, so Shopify's signature cannot be checked.");
    }
    if (!verify(body, delivery.header(HMAC), clientSecret)) {
      return new WebhookEvent.Rejected(
          401,
          "forged",
          HMAC
              + " is not the HMAC of the body with store.clientSecret (the app's client secret,"
              + " which Shopify signs every webhook with).");
    }
    String otherShop = otherShop(delivery.header(SHOP_DOMAIN), settings);
    return otherShop == null
        ? null
        : new WebhookEvent.Ignored("ignored: signed for " + otherShop + ", not this shop");
  }

  /** Shopify's webhook id, the same on every retry; without it, what the body says. */
  private static String key(WebhookDelivery delivery, String topic, String id, JsonNode json) {
    String webhookId = delivery.header(WEBHOOK_ID);
    return webhookId == null || webhookId.isBlank()
        ? topic + "|" + id + "|" + json.path("updated_at").asText("")
        : webhookId.trim();
  }

  /** What a topic is about and which field of its body names it. */
  record Subject(WebhookEvent.Kind kind, String field) {
    static Subject of(String topic) {
      if (topic.equals("refunds/create")) {
        return new Subject(WebhookEvent.Kind.ORDER, "order_id");
      }
      if (topic.startsWith("orders/")) {
        return new Subject(WebhookEvent.Kind.ORDER, "id");
      }
      if (topic.equals("products/create") || topic.equals("products/update")) {
        return new Subject(WebhookEvent.Kind.PRODUCT, "id");
      }
      if (topic.equals("inventory_levels/update")) {
        return new Subject(WebhookEvent.Kind.INVENTORY, "inventory_item_id");
      }
      return null;
    }

    String id(JsonNode body) {
      JsonNode id = body.path(field);
      return id.isIntegralNumber() && id.canConvertToLong() && id.asLong() > 0 ? id.asText() : null;
    }
  }

  /** The delivery's shop when it is not the configured one (only a myshopify domain is known). */
  private static String otherShop(String deliveredFor, StoreSettings settings) {
    String ours;
    try {
      ours = ShopAddress.parse(settings.value(ShopifyOptions.SHOP)).domain();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (ours == null || deliveredFor == null || ours.equalsIgnoreCase(deliveredFor.trim())) {
      return null;
    }
    return deliveredFor.trim();
  }

  static boolean verify(byte[] body, String signature, String secret) {
    if (signature == null || signature.isBlank()) {
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
}
