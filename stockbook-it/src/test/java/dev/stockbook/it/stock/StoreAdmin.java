package dev.stockbook.it.stock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merchant's side of the store, over WooCommerce's REST API: reads stock, adds and deletes
 * products.
 */
final class StoreAdmin {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String api;
  private final String auth;

  StoreAdmin(WooCommerceSimulator store) {
    this.api = store.baseUrl() + "/wp-json/wc/v3";
    this.auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (store.consumerKey() + ":" + store.consumerSecret())
                        .getBytes(StandardCharsets.UTF_8));
  }

  /** The product or variation with this SKU, as {@code GET /products?sku=} shows it. */
  JsonNode product(String sku) {
    JsonNode found =
        send("GET", "/products?sku=" + URLEncoder.encode(sku, StandardCharsets.UTF_8), null);
    for (JsonNode p : found) {
      if (sku.equals(p.path("sku").asText())) {
        return p;
      }
    }
    throw new IllegalStateException("the store has no product with SKU " + sku);
  }

  /** The stock quantity the store shows for {@code sku}, or null when it does not manage stock. */
  Long stock(String sku) {
    JsonNode q = product(sku).path("stock_quantity");
    return q.isNumber() ? q.asLong() : null;
  }

  /**
   * Every simple product's stock by SKU, 100 per page sorted by id: products created in one second
   * come in another order on each page of the default sort by date, as on a real store.
   */
  Map<String, Long> allStock() {
    Map<String, Long> out = new HashMap<>();
    for (int page = 1; ; page++) {
      JsonNode found =
          send("GET", "/products?orderby=id&order=asc&per_page=100&page=" + page, null);
      found.forEach(
          p ->
              out.put(
                  p.path("sku").asText(),
                  p.path("stock_quantity").isNumber() ? p.path("stock_quantity").asLong() : null));
      if (found.size() < 100) {
        return out;
      }
    }
  }

  /** Simple products with managed stock, 100 per batch request. */
  void createSimpleProducts(List<String> skus, long stock) {
    for (int from = 0; from < skus.size(); from += 100) {
      ObjectNode body = JSON.createObjectNode();
      ArrayNode create = body.putArray("create");
      for (String sku : skus.subList(from, Math.min(skus.size(), from + 100))) {
        create
            .addObject()
            .put("sku", sku)
            .put("name", "Product " + sku)
            .put("regular_price", "9.00")
            .put("manage_stock", true)
            .put("stock_quantity", stock);
      }
      for (JsonNode answer : send("POST", "/products/batch", body).path("create")) {
        if (answer.has("error")) {
          throw new IllegalStateException("the store refused a product: " + answer);
        }
      }
    }
  }

  /** Deletes the product for good (the merchant removes it in wp-admin). */
  void deleteProduct(String sku) {
    send("DELETE", "/products/" + product(sku).path("id").asLong() + "?force=true", null);
  }

  private JsonNode send(String method, String path, JsonNode body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api + path))
            .header("Authorization", auth)
            .header("X-Forwarded-Proto", "https")
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString()));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
