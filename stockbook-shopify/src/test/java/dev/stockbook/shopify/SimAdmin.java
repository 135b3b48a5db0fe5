package dev.stockbook.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.sim.shopify.ShopifySimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The test's own GraphQL calls to the simulator, as the merchant's other tools would make them
 * (never the connector under test): subscribing a webhook, spending the cost bucket.
 */
final class SimAdmin {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ShopifySimulator sim;

  SimAdmin(ShopifySimulator sim) {
    this.sim = sim;
  }

  JsonNode query(String query, Map<String, Object> variables) {
    try {
      byte[] body = JSON.writeValueAsBytes(Map.of("query", query, "variables", variables));
      HttpRequest request =
          HttpRequest.newBuilder(sim.graphqlUrl("2026-10"))
              .header("Content-Type", "application/json")
              .header("X-Shopify-Access-Token", sim.accessToken())
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      return JSON.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Subscribes {@code uri} to a topic such as {@code ORDERS_CREATE}. */
  void subscribe(String topic, String uri) {
    JsonNode answer =
        query(
            "mutation($t: WebhookSubscriptionTopic!, $u: String!) {"
                + " webhookSubscriptionCreate(topic: $t, webhookSubscription: {uri: $u}) {"
                + " userErrors { message } } }",
            Map.of("t", topic, "u", uri));
    JsonNode errors = answer.at("/data/webhookSubscriptionCreate/userErrors");
    if (!errors.isArray() || !errors.isEmpty()) {
      throw new IllegalStateException("could not subscribe: " + answer);
    }
  }

  /** The URIs subscribed to a topic. */
  java.util.List<String> subscribed(String topic) {
    JsonNode answer =
        query(
            "query($t: [WebhookSubscriptionTopic!]) {"
                + " webhookSubscriptions(first: 50, topics: $t) { nodes { uri } } }",
            Map.of("t", java.util.List.of(topic)));
    java.util.List<String> uris = new java.util.ArrayList<>();
    answer.at("/data/webhookSubscriptions/nodes").forEach(n -> uris.add(n.path("uri").asText()));
    return uris;
  }
}
