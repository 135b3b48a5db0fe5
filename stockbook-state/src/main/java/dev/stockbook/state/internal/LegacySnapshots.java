package dev.stockbook.state.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Order snapshots written before the store-neutral order model (Stockbook 0.1) read as today's:
 * they all came from WooCommerce stores, so their status word gives the lifecycle state, and a
 * refund's old {@code restocked} flag says for each of its lines whether all or none of it went
 * back to stock.
 */
final class LegacySnapshots {
  /** WooCommerce 10's statuses, as Stockbook 0.1 treated them. */
  private static final Map<String, String> WOO_STATUS =
      Map.of(
          "pending", "PLACED",
          "on-hold", "ON_HOLD",
          "processing", "PAID",
          "completed", "FULFILLED",
          "refunded", "REFUNDED",
          "failed", "FAILED",
          "cancelled", "CANCELLED",
          "trash", "DELETED");

  private LegacySnapshots() {}

  static JsonNode upgrade(JsonNode order) {
    if (!(order instanceof ObjectNode o) || o.hasNonNull("lifecycle")) {
      return order;
    }
    o.put("lifecycle", WOO_STATUS.getOrDefault(o.path("status").asText(), "OTHER"));
    for (JsonNode refund : o.path("refunds")) {
      boolean restocked = refund.path("restocked").asBoolean(false);
      for (JsonNode line : refund.path("lines")) {
        if (line instanceof ObjectNode l && !l.has("restocked")) {
          l.set("restocked", restocked ? l.path("quantity") : l.numberNode(0));
        }
      }
    }
    return o;
  }
}
