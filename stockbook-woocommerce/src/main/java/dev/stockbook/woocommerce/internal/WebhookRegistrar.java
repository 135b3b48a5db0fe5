package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps Stockbook's webhooks on a WooCommerce store: one per topic to our delivery URL, created
 * when missing and set back to {@code active} when WooCommerce disabled it after failed deliveries.
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
      JsonNode found =
          existing.stream()
              .filter(
                  w ->
                      topic.equals(w.path("topic").asText())
                          && deliveryUrl.toString().equals(w.path("delivery_url").asText()))
              .findFirst()
              .orElse(null);
      if (found == null) {
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

  private List<JsonNode> existing() {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      WooResponse response =
          http.get(
              "/webhooks",
              Query.empty().with("per_page", "100").with("page", String.valueOf(page)));
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
