package dev.stockbook.sim.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small GraphQL client over java.net.http for the ITs. */
final class AdminHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ShopifySimulator sim;
  private final String token;
  private final String version;

  AdminHttp(ShopifySimulator sim, String token, String version) {
    this.sim = sim;
    this.token = token;
    this.version = version;
  }

  AdminHttp(ShopifySimulator sim) {
    this(sim, sim.accessToken(), "2026-10");
  }

  /** A response: status, served version header, body. */
  record Res(int status, String servedVersion, JsonNode body) {
    JsonNode data() {
      return body.path("data");
    }

    JsonNode cost() {
      return body.path("extensions").path("cost");
    }

    String errorCode() {
      return body.path("errors").path(0).path("extensions").path("code").asText();
    }
  }

  Res query(String query) {
    return query(query, Map.of());
  }

  Res query(String query, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("variables", variables);
    try {
      return send(sim.graphqlUrl(version), JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Res send(URI uri, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("X-Shopify-Access-Token", token)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      JsonNode json = r.body().length == 0 ? JSON.nullNode() : JSON.readTree(r.body());
      return new Res(
          r.statusCode(), r.headers().firstValue("X-Shopify-API-Version").orElse(null), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String get(URI uri) {
    try {
      return client
          .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The gid of the inventory item of a SKU and of the primary location. */
  String itemId(String sku) {
    return query(
            "{ productVariants(first: 1, query: \"sku:"
                + sku
                + "\") { nodes { inventoryItem { id } } } }")
        .data()
        .at("/productVariants/nodes/0/inventoryItem/id")
        .asText();
  }

  String locationId() {
    return query("{ locations(first: 1) { nodes { id } } }")
        .data()
        .at("/locations/nodes/0/id")
        .asText();
  }
}
