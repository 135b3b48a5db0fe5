package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.PermanentStoreException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps Stockbook's webhook subscriptions on a shop: one per topic to the delivery URL, created
 * when missing (Shopify deletes a subscription whose deliveries failed for 4 hours, so re-creating
 * is the repair), and moved when one points at an older URL of the same connection (the URL's last
 * path segment). An app sees only its own subscriptions; those to other connections' URLs are left
 * alone. A move creates the new subscription before it deletes the old one, so no change is missed
 * in between.
 */
public final class WebhookRegistrar {
  private final GraphQl http;

  public WebhookRegistrar(GraphQl http) {
    this.http = http;
  }

  public List<String> ensure(URI deliveryUrl) {
    List<JsonNode> existing = existing();
    List<String> changes = new ArrayList<>();
    for (String topic : ShopifyWebhooks.TOPICS) {
      ensure(topic, existing, deliveryUrl.toString()).ifPresent(changes::add);
    }
    return changes;
  }

  /** What was done for one topic, if anything. */
  private Optional<String> ensure(String topic, List<JsonNode> existing, String url) {
    String value = topic.toUpperCase(Locale.ROOT).replace('/', '_');
    List<JsonNode> same =
        existing.stream().filter(s -> value.equals(Json.text(s, "topic"))).toList();
    if (same.stream().anyMatch(s -> url.equals(Json.text(s, "uri")))) {
      return Optional.empty();
    }
    Optional<JsonNode> older =
        same.stream()
            .filter(s -> lastSegment(url).equals(lastSegment(Json.text(s, "uri"))))
            .findFirst();
    create(topic, value, url);
    if (older.isEmpty()) {
      return Optional.of("created the " + topic + " webhook");
    }
    delete(topic, Json.text(older.get(), "id"));
    return Optional.of(
        "moved the " + topic + " webhook from " + Json.text(older.get(), "uri") + " to " + url);
  }

  private void create(String topic, String value, String url) {
    ObjectNode vars = http.variables().put("topic", value).put("uri", url);
    JsonNode payload =
        http.data("subscribing to " + topic, Documents.WEBHOOK_CREATE, vars)
            .path("webhookSubscriptionCreate");
    refuseOnErrors(payload, "subscribe to " + topic + " at " + url);
  }

  private void delete(String topic, String gid) {
    JsonNode payload =
        http.data(
                "removing the old " + topic + " subscription",
                Documents.WEBHOOK_DELETE,
                http.variables().put("id", gid))
            .path("webhookSubscriptionDelete");
    refuseOnErrors(payload, "remove the old " + topic + " subscription " + gid);
  }

  private static void refuseOnErrors(JsonNode payload, String what) {
    List<String> errors = new ArrayList<>();
    payload.path("userErrors").forEach(e -> errors.add(Json.text(e, "message")));
    if (!errors.isEmpty()) {
      throw new PermanentStoreException(
          "Shopify would not " + what + ": " + String.join("; ", errors));
    }
  }

  private List<JsonNode> existing() {
    List<JsonNode> all = new ArrayList<>();
    String after = null;
    do {
      ObjectNode vars = http.variables();
      vars.put("after", after);
      JsonNode listing =
          http.data("reading webhook subscriptions", Documents.WEBHOOK_SUBSCRIPTIONS, vars)
              .path("webhookSubscriptions");
      listing.path("nodes").forEach(all::add);
      JsonNode page = listing.path("pageInfo");
      after =
          page.path("hasNextPage").asBoolean(false) ? page.path("endCursor").asText(null) : null;
    } while (after != null);
    return all;
  }

  private static String lastSegment(String url) {
    String p = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
    return p.substring(p.lastIndexOf('/') + 1);
  }
}
