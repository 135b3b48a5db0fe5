package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import java.net.http.HttpResponse;

/**
 * Turns an HTTP answer into JSON or one of the two store failures. Hosts answer 429, 5xx and
 * captcha pages with a 2xx status; those are worth retrying. WooCommerce's own refusals are not.
 */
final class ResponseClassifier {
  private final ObjectMapper json;

  ResponseClassifier(ObjectMapper json) {
    this.json = json;
  }

  WooResponse classify(String request, HttpResponse<String> response) {
    int status = response.statusCode();
    JsonNode body = parseOrNull(response.body());
    if (status == 408 || status == 429 || status >= 500) {
      throw new RetriableStoreException(request + " failed with HTTP " + status + describe(body));
    }
    if (status >= 300) {
      throw new PermanentStoreException(
          request + " was refused with HTTP " + status + describe(body) + location(response));
    }
    if (body == null) {
      throw new RetriableStoreException(
          request
              + " answered HTTP "
              + status
              + " with a non-JSON body (a host captcha or error page?): "
              + snippet(response.body()));
    }
    return new WooResponse(body, response.headers());
  }

  private JsonNode parseOrNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** WooCommerce's error envelope {code, message} in plain words, or "" when absent. */
  static String describe(JsonNode body) {
    if (body == null || !body.hasNonNull("code")) {
      return "";
    }
    return ": " + body.path("message").asText("") + " (" + body.path("code").asText() + ")";
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").map(l -> "; redirected to " + l).orElse("");
  }

  private static String snippet(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
    return flat.length() > 120 ? flat.substring(0, 120) + "..." : flat;
  }
}
