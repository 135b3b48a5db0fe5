package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Finds the order line a refund line refunds. WooCommerce links them with the refund item meta
 * {@code _refunded_item_id}; when a store hides that meta, the product and variation ids decide.
 */
final class RefundedLine {
  private RefundedLine() {}

  static JsonNode find(JsonNode refundItem, JsonNode order) {
    String refundedId = refundedItemId(refundItem);
    for (JsonNode line : order.path("line_items")) {
      boolean byMeta = refundedId != null && refundedId.equals(Json.text(line, "id"));
      if (byMeta || refundedId == null && sameProduct(line, refundItem)) {
        return line;
      }
    }
    return MissingNode.getInstance();
  }

  private static String refundedItemId(JsonNode refundItem) {
    for (JsonNode meta : refundItem.path("meta_data")) {
      if ("_refunded_item_id".equals(Json.text(meta, "key"))) {
        return Json.text(meta, "value");
      }
    }
    return null;
  }

  private static boolean sameProduct(JsonNode line, JsonNode refundItem) {
    return Json.text(line, "product_id").equals(Json.text(refundItem, "product_id"))
        && Json.text(line, "variation_id").equals(Json.text(refundItem, "variation_id"));
  }
}
