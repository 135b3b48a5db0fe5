package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import java.util.ArrayList;
import java.util.List;

/** The top-level {@code errors} of an HTTP 200 answer, as one store failure. */
final class GraphQlErrors {
  private GraphQlErrors() {}

  static RuntimeException of(String what, JsonNode errors, JsonNode extensions) {
    if (errors.isTextual()) {
      return new PermanentStoreException(what + " was refused: " + errors.asText());
    }
    List<String> codes = Answers.codes(errors);
    String messages = messages(errors);
    if (codes.contains("THROTTLED")) {
      Throttle throttle = Throttle.of(extensions);
      return new Throttled(
          what + " was throttled by Shopify: " + throttle.describe(), throttle.secondsToWait());
    }
    if (codes.contains("ACCESS_DENIED")) {
      return new AccessRefused(
          what
              + " was refused: the access token (store."
              + ShopifyOptions.ACCESS_TOKEN
              + ") lacks an access scope: "
              + messages);
    }
    if (codes.contains("INTERNAL_SERVER_ERROR") || codes.contains("SERVICE_UNAVAILABLE")) {
      return new RetriableStoreException(what + " failed inside Shopify: " + messages);
    }
    if (codes.contains("MAX_COST_EXCEEDED")) {
      return new PermanentStoreException(
          what + " asked more than one query may cost (a Stockbook bug): " + messages);
    }
    return new PermanentStoreException(what + " was refused by Shopify: " + messages);
  }

  /** "message (CODE); message (CODE)". */
  private static String messages(JsonNode errors) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : errors) {
      String code = e.path("extensions").path("code").asText("");
      String message = e.path("message").asText("").replaceAll("\\s+", " ").trim();
      out.add(code.isEmpty() ? message : message + " (" + code + ")");
    }
    return String.join("; ", out);
  }
}
