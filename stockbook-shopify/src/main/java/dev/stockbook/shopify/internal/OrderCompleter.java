package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the rest of an order's nested lists: a page of orders carries each order's first few lines,
 * shipping lines and refund lines ({@link QueryBudget}), and an order with more has them read here,
 * page by page, into the same JSON, so the mapper always sees the whole order. These reads wait for
 * the bucket when throttled ({@link GraphQl#dataWaiting}): they are in the middle of a page.
 */
final class OrderCompleter {
  /** More pages than any order has: a guard against a server that never says "last page". */
  private static final int MAX_PAGES = 1000;

  private final GraphQl http;

  OrderCompleter(GraphQl http) {
    this.http = http;
  }

  void complete(JsonNode order) {
    String gid = Json.text(order, "id");
    more(order, "lineItems", Documents.ORDER_LINES, gid, QueryBudget.LINE_NODE);
    more(order, "shippingLines", Documents.ORDER_SHIPPING_LINES, gid, QueryBudget.SHIPPING_NODE);
    for (JsonNode refund : order.path("refunds")) {
      more(
          refund,
          "refundLineItems",
          Documents.REFUND_LINES,
          Json.text(refund, "id"),
          QueryBudget.REFUND_LINE_NODE);
    }
  }

  private void more(JsonNode owner, String field, String document, String gid, int nodeCost) {
    JsonNode connection = owner.path(field);
    if (!(connection.path("nodes") instanceof ArrayNode nodes)) {
      return;
    }
    JsonNode page = connection.path("pageInfo");
    for (int n = 0; page.path("hasNextPage").asBoolean(false); n++) {
      if (n == MAX_PAGES) {
        throw new IllegalStateException(field + " of " + gid + " did not end after many pages");
      }
      ObjectNode vars =
          http.variables()
              .put("id", gid)
              .put("first", QueryBudget.morePerPage(nodeCost))
              .put("after", page.path("endCursor").asText());
      JsonNode next = http.dataWaiting("reading more " + field + " of " + gid, document, vars);
      JsonNode more = next.path("node").path(field);
      if (!more.isObject()) {
        throw new IllegalStateException(gid + " vanished while its " + field + " were read");
      }
      more.path("nodes").forEach(nodes::add);
      page = more.path("pageInfo");
    }
    ((ObjectNode) connection).set("pageInfo", page);
  }
}
