package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Renders change events as webhook bodies: CloudEvents (default) or legacy eventNotifications. */
final class WebhookEvent {
  private WebhookEvent() {}

  static byte[] cloudEvents(List<ChangeEvent> events, String realmId, List<String> ids) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (int i = 0; i < events.size(); i++) {
      ChangeEvent e = events.get(i);
      ObjectNode event = array.addObject();
      event.put("specversion", "1.0").put("id", ids.get(i)).put("source", "intuit." + realmId);
      event.put(
          "type",
          "qbo."
              + e.kind().wireName().toLowerCase(Locale.ROOT)
              + "."
              + pastTense(e.operation())
              + ".v1");
      event.put("datacontenttype", "application/json").put("time", e.at().toString());
      event.put("intuitentityid", e.id()).put("intuitaccountid", realmId).putObject("data");
    }
    return Json.bytes(array);
  }

  static byte[] legacy(List<ChangeEvent> events, String realmId) {
    ObjectNode root = Json.object();
    ObjectNode notification =
        root.putArray("eventNotifications").addObject().put("realmId", realmId);
    ArrayNode entities = notification.putObject("dataChangeEvent").putArray("entities");
    for (ChangeEvent e : events) {
      entities
          .addObject()
          .put("name", e.kind().wireName())
          .put("id", e.id())
          .put("operation", e.operation())
          .put("lastUpdated", e.at().toString());
    }
    return Json.bytes(root);
  }

  private static String pastTense(String operation) {
    return switch (operation) {
      case "Create" -> "created";
      case "Delete" -> "deleted";
      case "Void" -> "voided";
      default -> "updated";
    };
  }

  static Instant earliest(List<ChangeEvent> events) {
    return events.stream().map(ChangeEvent::at).min(Instant::compareTo).orElseThrow();
  }
}
