package dev.stockbook.sim.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A tiny test client: Basic auth over "HTTPS" (the forwarded-proto header) unless told otherwise.
 */
final class WooHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final WooCommerceSimulator sim;

  WooHttp(WooCommerceSimulator sim) {
    this.sim = sim;
  }

  /** A response with its raw body. */
  record Res(int status, HttpResponse<byte[]> raw) {
    String text() {
      return new String(raw.body(), StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Res get(String path) {
    return send("GET", path, null);
  }

  Res post(String path, Object body) {
    return send("POST", path, body);
  }

  Res put(String path, Object body) {
    return send("PUT", path, body);
  }

  Res delete(String path) {
    return send("DELETE", path, null);
  }

  Res send(String method, String path, Object body) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (sim.consumerKey() + ":" + sim.consumerSecret()).getBytes(StandardCharsets.UTF_8));
    return raw(
        request(method, path, body)
            .header("Authorization", "Basic " + basic)
            .header("X-Forwarded-Proto", "https"));
  }

  HttpRequest.Builder request(String method, String path, Object body) {
    try {
      byte[] bytes =
          body == null
              ? new byte[0]
              : body instanceof String s
                  ? s.getBytes(StandardCharsets.UTF_8)
                  : JSON.writeValueAsBytes(body);
      return HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/wp-json/wc/v3" + path))
          .timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json")
          .method(
              method,
              body == null
                  ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofByteArray(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Res raw(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Res(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
