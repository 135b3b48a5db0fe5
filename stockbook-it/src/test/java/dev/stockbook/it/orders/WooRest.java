package dev.stockbook.it.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The WooCommerce REST API as a merchant's tool uses it: orders created and edited over HTTP. */
final class WooRest {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String api;
  private final String auth;

  WooRest(WooCommerceSimulator woo) {
    this.api = woo.baseUrl() + "/wp-json/wc/v3";
    this.auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (woo.consumerKey() + ":" + woo.consumerSecret())
                        .getBytes(StandardCharsets.UTF_8));
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** {@code POST /orders}; returns the created order. */
  JsonNode createOrder(ObjectNode body) {
    return send("POST", "/orders", body, 201);
  }

  /** {@code PUT /orders/{id}}; returns the order as the store now holds it. */
  JsonNode updateOrder(long id, ObjectNode body) {
    return send("PUT", "/orders/" + id, body, 200);
  }

  JsonNode order(long id) {
    return send("GET", "/orders/" + id, null, 200);
  }

  /** {@code POST /products}; returns the product. */
  JsonNode createProduct(ObjectNode body) {
    return send("POST", "/products", body, 201);
  }

  private JsonNode send(String method, String path, ObjectNode body, int expected) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api + path))
            .method(method, publisher)
            .header("Authorization", auth)
            .header("X-Forwarded-Proto", "https")
            .header("Content-Type", "application/json")
            .build();
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
