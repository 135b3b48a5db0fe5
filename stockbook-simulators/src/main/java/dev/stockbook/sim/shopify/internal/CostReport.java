package dev.stockbook.sim.shopify.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** extensions.cost: requested and actual cost and the bucket after the query. */
final class CostReport {
  private CostReport() {}

  static Map<String, Object> of(Integer requested, Integer actual, Bucket.Status status) {
    Map<String, Object> throttle = new LinkedHashMap<>();
    throttle.put("maximumAvailable", status.maximumAvailable());
    throttle.put("currentlyAvailable", (int) status.currentlyAvailable());
    throttle.put("restoreRate", status.restoreRate());
    Map<String, Object> cost = new LinkedHashMap<>();
    cost.put("requestedQueryCost", requested);
    cost.put("actualQueryCost", actual);
    cost.put("throttleStatus", throttle);
    return cost;
  }

  static Map<String, Object> tooExpensive(int requested) {
    String message =
        "Query cost is "
            + requested
            + ", which exceeds the single query max cost limit ("
            + QueryCost.MAX_SINGLE_QUERY
            + ").\n\nSee https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\n"
            + "cost of a query is calculated.\n\nTo query larger amounts of data with fewer limits, bulk operations"
            + " should be used instead.\nSee https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api"
            + " for usage details.\n";
    return ErrorShapes.of(
        new ShopifyError(
            "MAX_COST_EXCEEDED",
            message,
            Map.of("cost", requested, "maxCost", QueryCost.MAX_SINGLE_QUERY)));
  }

  static Map<String, Object> throttled() {
    return ErrorShapes.of(
        new ShopifyError(
            "THROTTLED",
            "Throttled",
            Map.of("documentation", "https://shopify.dev/api/usage/rate-limits")));
  }
}
