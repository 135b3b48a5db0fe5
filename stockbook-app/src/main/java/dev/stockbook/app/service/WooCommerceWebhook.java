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
 * constant time, answers the creation ping, records the event once per delivery id and wakes the
 * connection for order events. It never syncs itself: the scheduler does.
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
      answer(ctx, 404, "unknown", "No connection named " + ctx.pathParam("connection") + ".");
      return;
    }
    byte[] body = Bodies.read(ctx, maxBytes);
    String signature = ctx.header(SIGNATURE);
    if (signature == null && new String(body, StandardCharsets.US_ASCII).matches("webhook_id=\\d+")) {
      answer(ctx, 200, "ping", "pong");
      return;
    }
    if (!verify(body, signature, secrets.of(connection.get()))) {
      answer(ctx, 401, "forged", "The signature does not match this connection's webhook secret.");
      return;
    }
    String topic = ctx.header("X-WC-Webhook-Topic");
    String delivery = ctx.header("X-WC-Webhook-Delivery-ID");
    String id = resourceId(body);
    if (topic == null || delivery == null || id == null || !topic.matches("(order|product)\\.[a-z]+")) {
      answer(ctx, 400, "malformed", "Expected the X-WC-Webhook-Topic and X-WC-Webhook-Delivery-ID headers and a JSON body with an id.");
      return;
    }
    String name = connection.get().string("name");
    boolean fresh = runtime.tables().record(name, "woocommerce", delivery, topic, id, runtime.clock().instant());
    if (fresh && WebhookTopics.wakes(topic)) {
      runtime.wake(name);
    }
    answer(ctx, 200, fresh ? "recorded" : "duplicate", fresh ? "recorded" : "already recorded");
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

  private static String resourceId(byte[] body) {
    try {
      JsonNode json = JSON.readTree(body);
      return json != null && json.path("id").canConvertToLong() && json.path("id").asLong() > 0 ? json.path("id").asText() : null;
    } catch (IOException e) {
      return null;
    }
  }
}
