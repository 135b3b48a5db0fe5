package dev.stockbook.sim.woocommerce.internal;

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

/** One POST per delivery, as WC_Webhook::deliver does: no redirects, no retries, signed body. */
public final class WebhookSender {
  /** What to send; {@code body} is null for the ping. */
  public record Outgoing(
      long webhookId,
      String url,
      String topic,
      long resourceId,
      String deliveryId,
      byte[] body,
      String secret,
      boolean ping) {}

  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String source;
  private final Duration timeout;

  public WebhookSender(String siteUrl, Duration timeout) {
    this.source = siteUrl + "/";
    this.timeout = timeout;
  }

  /** The HTTP status, or 0 when the endpoint could not be reached. */
  public int send(Outgoing out) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(out.url()))
              .timeout(timeout)
              .header("User-Agent", "WooCommerce/10.0.2 Hookshot (WordPress/6.8.12)");
      if (out.ping()) {
        byte[] form = ("webhook_id=" + out.webhookId()).getBytes(StandardCharsets.US_ASCII);
        request
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofByteArray(form));
      } else {
        request
            .header("Content-Type", "application/json")
            .header("X-WC-Webhook-Source", source)
            .header("X-WC-Webhook-Topic", out.topic())
            .header("X-WC-Webhook-Resource", out.topic().substring(0, out.topic().indexOf('.')))
            .header("X-WC-Webhook-Event", out.topic().substring(out.topic().indexOf('.') + 1))
            .header("X-WC-Webhook-Signature", signature(out.body(), out.secret()))
            .header("X-WC-Webhook-ID", String.valueOf(out.webhookId()))
            .header("X-WC-Webhook-Delivery-ID", out.deliveryId())
            .POST(HttpRequest.BodyPublishers.ofByteArray(out.body()));
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException | IllegalArgumentException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** base64(HMAC-SHA256(body, secret)) over the exact bytes sent. */
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
