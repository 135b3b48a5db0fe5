package dev.stockbook.app.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code POST /webhooks/woocommerce/{connection}}: checks the signature over the raw body in
 * constant time, answers the creation ping, records order and product events once each and wakes
 * the connection for order events. It never syncs itself: the scheduler does. Whatever the store
 * signed but Stockbook does not follow (another topic) gets a 2xx too, since WooCommerce disables a
 * webhook after repeated failed deliveries. The Content-Type is not relied on: the signature and
 * the body decide.
 */
final class WooCommerceWebhook {
  static final String SIGNATURE = "X-WC-Webhook-Signature";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ServiceRuntime runtime;
  private final WebhookSecrets secrets;
  private final int maxBytes;

  WooCommerceWebhook(ServiceRuntime runtime, WebhookSecrets secrets, int maxBytes) {
    this.runtime = runtime;
    this.secrets = secrets;
    this.maxBytes = maxBytes;
  }

  void handle(Context ctx) {
    var connection = runtime.connection(ctx.pathParam("connection"));
    if (connection.isEmpty()) {
      answer(ctx, 404, "unknown", "No connection of that name.");
      return;
    }
    byte[] body = Bodies.read(ctx, maxBytes);
    String signature = ctx.header(SIGNATURE);
    if ((signature == null || signature.isBlank())
        && new String(body, StandardCharsets.US_ASCII).matches("webhook_id=\\d+")) {
      answer(ctx, 200, "ping", "pong");
      return;
    }
    if (!verify(body, signature, secrets.of(connection.get()))) {
      answer(ctx, 401, "forged", "The signature does not match this connection's webhook secret.");
      return;
    }
    String topic = ctx.header("X-WC-Webhook-Topic");
    if (!WebhookTopics.followed(topic)) {
      // 2xx: the store disables a webhook after a few failed deliveries.
      answer(ctx, 200, "ignored", "ignored: not an order or product topic");
      return;
    }
    JsonNode json = json(body);
    String id = resourceId(json);
    if (id == null) {
      answer(
          ctx,
          400,
          "malformed",
          "Expected a JSON body with the id of the "
              + topic.substring(0, topic.indexOf('.'))
              + ".");
      return;
    }
    String name = connection.get().string("name");
    boolean fresh =
        runtime
            .tables()
            .record(
                name,
                "woocommerce",
                deliveryKey(ctx.header("X-WC-Webhook-Delivery-ID"), topic, id, json),
                topic,
                id,
                runtime.clock().instant());
    if (fresh && WebhookTopics.wakes(topic)) {
      runtime.wake(name, topic);
    }
    answer(ctx, 200, fresh ? "recorded" : "duplicate", fresh ? "recorded" : "already recorded");
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

  private void answer(Context ctx, int status, String outcome, String message) {
    runtime.metrics().webhook("woocommerce", outcome);
    ctx.status(status).contentType("text/plain").result(message);
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
      return json == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : json;
    } catch (IOException e) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
  }

  private static String resourceId(JsonNode json) {
    JsonNode id = json.path("id");
    return id.isIntegralNumber() && id.canConvertToLong() && id.asLong() > 0 ? id.asText() : null;
  }
}
