package dev.stockbook.it.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.quickbooks.IntuitSignature;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The checks a QuickBooks webhook delivery must pass before Stockbook acts on it, in the order an
 * endpoint should apply them: content type, size, signature over the exact bytes, then the JSON
 * shape (a CloudEvents array) and known event types. Stands in for {@code stockbook serve}'s
 * endpoint until that lands; the signature check is the production {@link IntuitSignature}.
 */
final class WebhookGate {
  static final int MAX_BYTES = 1 << 20;
  static final List<String> KNOWN_ENTITIES = List.of("item", "salesreceipt", "invoice", "refundreceipt", "creditmemo",
      "inventoryadjustment", "bill", "vendorcredit", "purchase", "payment");

  /** The decision: accepted, rejected (4xx, nothing done) or ignored (2xx, nothing to do). */
  record Verdict(String outcome, String detail) {}

  private final String verifierToken;
  private final ObjectMapper json = new ObjectMapper();

  WebhookGate(String verifierToken) {
    this.verifierToken = verifierToken;
  }

  Verdict check(Map<String, String> headers, byte[] body) {
    String type = headers.getOrDefault("content-type", "");
    if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      return new Verdict("rejected", "content type " + type + " is not application/json");
    }
    if (body.length > MAX_BYTES) {
      return new Verdict("rejected", "body of " + body.length + " bytes is too large (limit " + MAX_BYTES + ")");
    }
    if (!IntuitSignature.verify(body, headers.get(IntuitSignature.HEADER), verifierToken)) {
      return new Verdict("rejected", "the intuit-signature header does not match the body");
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      return new Verdict("rejected", "body is not JSON");
    }
    if (root == null || root.isMissingNode()) {
      return new Verdict("rejected", "body is not JSON (empty)");
    }
    if (!root.isArray()) {
      return new Verdict("rejected", "body is not a list of events");
    }
    if (root.isEmpty()) {
      return new Verdict("ignored", "no events");
    }
    int known = 0;
    StringBuilder unknown = new StringBuilder();
    for (JsonNode event : root) {
      String[] parts = event.path("type").asText().split("\\.");
      if (parts.length == 4 && "qbo".equals(parts[0]) && KNOWN_ENTITIES.contains(parts[1])) {
        known++;
      } else {
        unknown.append(unknown.length() == 0 ? "" : ", ").append(event.path("type").asText());
      }
    }
    return known == 0 ? new Verdict("ignored", "unknown event types: " + unknown) : new Verdict("accepted", known + " event(s)");
  }
}
