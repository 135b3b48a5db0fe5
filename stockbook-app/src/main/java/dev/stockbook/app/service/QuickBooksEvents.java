package dev.stockbook.app.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a QuickBooks webhook body: a CloudEvents array, or the legacy {@code eventNotifications}
 * object. Empty when the body is neither (the caller answers 400).
 */
final class QuickBooksEvents {
  /** One change: its de-duplication key, the company (realm) and the entity that changed. */
  record Change(String key, String realm, String entity, String entityId) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private QuickBooksEvents() {}

  static Optional<List<Change>> parse(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (root != null && root.isArray()) {
      return cloudEvents(root);
    }
    if (root != null && root.path("eventNotifications").isArray()) {
      return legacy(root.path("eventNotifications"));
    }
    return Optional.empty();
  }

  private static Optional<List<Change>> cloudEvents(JsonNode events) {
    List<Change> out = new ArrayList<>();
    for (JsonNode e : events) {
      String id = e.path("id").asText("");
      String realm = e.path("intuitaccountid").asText("");
      String type = e.path("type").asText("");
      if (id.isEmpty() || realm.isEmpty() || !type.startsWith("qbo.")) {
        return Optional.empty();
      }
      String entity = type.split("\\.").length > 1 ? type.split("\\.")[1] : "";
      out.add(new Change(id, realm, entity, e.path("intuitentityid").asText("")));
    }
    return Optional.of(out);
  }

  private static Optional<List<Change>> legacy(JsonNode notifications) {
    List<Change> out = new ArrayList<>();
    for (JsonNode n : notifications) {
      String realm = n.path("realmId").asText("");
      JsonNode entities = n.path("dataChangeEvent").path("entities");
      if (realm.isEmpty() || !entities.isArray()) {
        return Optional.empty();
      }
      for (JsonNode e : entities) {
        String key =
            String.join(
                "|",
                realm,
                e.path("name").asText(),
                e.path("id").asText(),
                e.path("operation").asText(),
                e.path("lastUpdated").asText());
        out.add(
            new Change(
                key,
                realm,
                e.path("name").asText().toLowerCase(java.util.Locale.ROOT),
                e.path("id").asText()));
      }
    }
    return Optional.of(out);
  }
}
