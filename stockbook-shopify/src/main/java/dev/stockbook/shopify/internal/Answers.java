package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an Admin API answer into its {@code data} or one of the two store failures. At the HTTP
 * level: 401 (token revoked, app uninstalled), 402 (shop frozen), 403, 404 (wrong shop or version)
 * and 423 (shop locked) are permanent; 408, 429, 5xx and a body that is not JSON are retriable.
 * Shopify answers GraphQL problems with HTTP 200 and {@code errors}: THROTTLED and internal errors
 * are retriable, everything else (a missing scope, a refused query) is permanent.
 */
final class Answers {
  private static final String TOKEN = "store." + ShopifyOptions.ACCESS_TOKEN;

  private Answers() {}

  static JsonNode data(String what, HttpResponse<String> response, ObjectMapper json) {
    int status = response.statusCode();
    JsonNode body = parseOrNull(response.body(), json);
    if (status != 200) {
      throw byStatus(what, status, body, response);
    }
    if (body == null) {
      throw new RetriableStoreException(
          what + " answered HTTP 200 with a body that is not JSON: " + snippet(response.body()));
    }
    JsonNode errors = body.path("errors");
    if (errors.isArray() && !errors.isEmpty() || errors.isTextual()) {
      throw GraphQlErrors.of(what, errors, body.path("extensions"));
    }
    return body.path("data");
  }

  private static RuntimeException byStatus(
      String what, int status, JsonNode body, HttpResponse<String> response) {
    String said = " (HTTP " + status + describe(body) + ")";
    return switch (status) {
      case 401 ->
          new AccessRefused(
              what
                  + " was refused: Shopify does not accept the access token ("
                  + TOKEN
                  + "); it was revoked or rotated, or the app was uninstalled"
                  + said);
      case 402 ->
          new PermanentStoreException(
              what + " was refused: the shop is frozen until its Shopify bill is paid" + said);
      case 403 ->
          new AccessRefused(what + " was refused: the app may not do this (" + TOKEN + ")" + said);
      case 404 ->
          new PermanentStoreException(
              what
                  + ": there is no Admin API at this address; check store."
                  + ShopifyOptions.SHOP
                  + " and store."
                  + ShopifyOptions.API_VERSION
                  + said);
      case 423 -> new PermanentStoreException(what + " was refused: the shop is locked" + said);
      default ->
          status == 408 || status == 429 || status >= 500
              ? new RetriableStoreException(what + " failed" + said + retryAfter(response))
              : new PermanentStoreException(what + " was refused" + said);
    };
  }

  private static String retryAfter(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .map(s -> "; Shopify asks to wait " + s + " s")
        .orElse("");
  }

  /** Shopify's {@code errors} of a non-200 answer: a string or an object of messages. */
  static String describe(JsonNode body) {
    if (body == null || body.path("errors").isMissingNode()) {
      return "";
    }
    JsonNode errors = body.path("errors");
    return ": " + (errors.isTextual() ? errors.asText() : errors.toString());
  }

  private static JsonNode parseOrNull(String text, ObjectMapper json) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      JsonNode node = json.readTree(text);
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  static String snippet(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
    return flat.length() > 120 ? flat.substring(0, 120) + "..." : flat;
  }

  /** The {@code extensions.code} of every error, for messages. */
  static List<String> codes(JsonNode errors) {
    List<String> codes = new ArrayList<>();
    errors.forEach(e -> codes.add(e.path("extensions").path("code").asText("")));
    return codes;
  }
}
