package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps Stockbook's webhooks on a WooCommerce store: one per topic to our delivery URL, created
 * when missing, set back to {@code active} when WooCommerce disabled it after failed deliveries,
 * and moved to the delivery URL when one of Stockbook's own points at an older URL of the same
 * connection (Stockbook's webhooks are named {@code Stockbook <topic>}; the connection is the URL's
 * last path segment).
 */
public final class WebhookRegistrar {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final WooHttp http;

  public WebhookRegistrar(WooHttp http) {
    this.http = http;
  }

  public List<String> ensure(List<String> topics, URI deliveryUrl, String secret) {
    List<JsonNode> existing = existing();
    List<String> changes = new ArrayList<>();
    for (String topic : topics) {
      JsonNode found = find(existing, topic, deliveryUrl);
      JsonNode moved = found == null ? ours(existing, topic, deliveryUrl) : null;
      if (moved != null) {
        http.post("/webhooks/" + moved.path("id").asLong(), body(topic, deliveryUrl, secret));
        changes.add(
            "moved the "
                + topic
                + " webhook from "
                + moved.path("delivery_url").asText()
                + " to "
                + deliveryUrl);
      } else if (found == null) {
        http.post("/webhooks", body(topic, deliveryUrl, secret));
        changes.add("created the " + topic + " webhook");
      } else if (!"active".equals(found.path("status").asText())) {
        http.post("/webhooks/" + found.path("id").asLong(), body(topic, deliveryUrl, secret));
        changes.add(
            "re-activated the "
                + topic
                + " webhook (the store had set it "
                + found.path("status").asText()
                + ")");
      }
    }
    return changes;
  }

  private static JsonNode find(List<JsonNode> existing, String topic, URI deliveryUrl) {
    return existing.stream()
        .filter(
            w ->
                topic.equals(w.path("topic").asText())
                    && deliveryUrl.toString().equals(w.path("delivery_url").asText()))
        .findFirst()
        .orElse(null);
  }

  /** Stockbook's own webhook of this topic for the same connection, at another URL. */
  private static JsonNode ours(List<JsonNode> existing, String topic, URI deliveryUrl) {
    String connection = lastSegment(deliveryUrl.toString());
    return existing.stream()
        .filter(
            w ->
                topic.equals(w.path("topic").asText())
                    && ("Stockbook " + topic).equals(w.path("name").asText())
                    && connection.equals(lastSegment(w.path("delivery_url").asText())))
        .findFirst()
        .orElse(null);
  }

  private static String lastSegment(String url) {
    String p = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
    return p.substring(p.lastIndexOf('/') + 1);
  }

  private List<JsonNode> existing() {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      WooResponse response =
          http.get(
              "/webhooks",
              Query.empty()
                  .with("orderby", "id")
                  .with("order", "asc")
                  .with("per_page", "100")
                  .with("page", String.valueOf(page)));
      response.body().forEach(all::add);
      if (page >= response.totalPages()) {
        return all;
      }
    }
  }

  private static ObjectNode body(String topic, URI deliveryUrl, String secret) {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", "Stockbook " + topic);
    body.put("topic", topic);
    body.put("delivery_url", deliveryUrl.toString());
    body.put("secret", secret);
    body.put("status", "active");
    return body;
  }
}
