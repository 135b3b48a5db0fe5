package dev.stockbook.sim.shopify.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One HTTPS-style POST per attempt with Shopify's headers. The endpoint gets 1 s to accept the
 * connection and 5 s to answer; anything but a 2xx in time is a failed attempt.
 */
public final class WebhookSender {
  /** One attempt: where, what, and the headers that identify it. */
  public record Outgoing(
      String uri,
      String topic,
      String apiVersion,
      String webhookId,
      String eventId,
      String triggeredAt,
      byte[] body) {}

  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(1))
          .build();
  private final String shopDomain;
  private final String secret;

  public WebhookSender(String shopDomain, String secret) {
    this.shopDomain = shopDomain;
    this.secret = secret;
  }

  /** The HTTP status, or 0 when the endpoint was unreachable or too slow. */
  public int send(Outgoing out) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(out.uri()))
              .timeout(Duration.ofSeconds(5))
              .header("Content-Type", "application/json")
              .header("User-Agent", "Shopify-Captain-Hook")
              .header("X-Shopify-Topic", out.topic())
              .header("X-Shopify-Hmac-Sha256", signature(out.body(), secret))
              .header("X-Shopify-Shop-Domain", shopDomain)
              .header("X-Shopify-Api-Version", out.apiVersion())
              .header("X-Shopify-Webhook-Id", out.webhookId())
              .header("X-Shopify-Event-Id", out.eventId())
              .header("X-Shopify-Triggered-At", out.triggeredAt())
              .POST(HttpRequest.BodyPublishers.ofByteArray(out.body()))
              .build();
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException | IllegalArgumentException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** base64(HMAC-SHA256(raw body, app client secret)). */
  public static String signature(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
