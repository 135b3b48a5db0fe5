package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code extensions.cost} says about Shopify's leaky bucket: how many points the query asked
 * for, how many are there, and how fast they come back. Shopify answers a query that asks for more
 * than is available with THROTTLED at HTTP 200 and runs nothing.
 */
record Throttle(double requested, double available, double maximum, double restoreRate) {

  static Throttle of(JsonNode extensions) {
    JsonNode cost = extensions.path("cost");
    JsonNode status = cost.path("throttleStatus");
    return new Throttle(
        cost.path("requestedQueryCost").asDouble(0),
        status.path("currentlyAvailable").asDouble(0),
        status.path("maximumAvailable").asDouble(0),
        status.path("restoreRate").asDouble(0));
  }

  /** Whole seconds until the bucket holds what the query asked for (at least 1). */
  long secondsToWait() {
    if (restoreRate <= 0) {
      return 1;
    }
    return Math.max(1, (long) Math.ceil((requested - available) / restoreRate));
  }

  /** "needs 900 points, 120 of 2000 are available, 100 come back a second; try again in 8 s". */
  String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "the query needs %.0f points, %.0f of %.0f are available and %.0f come back a second;"
            + " try again in %d s",
        requested,
        available,
        maximum,
        restoreRate,
        secondsToWait());
  }
}
