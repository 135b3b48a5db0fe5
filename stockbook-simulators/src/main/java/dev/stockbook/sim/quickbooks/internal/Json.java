package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/** The one JSON mapper of the simulator plus small null-safe readers over trees. */
public final class Json {
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Parses a request body that must be a JSON object; anything else is a 2010 fault. */
  public static ObjectNode parseObject(byte[] body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node instanceof ObjectNode object) {
        return object;
      }
    } catch (IOException e) {
      throw QboFault.badRequest(
          "Request has invalid or unsupported property",
          "Malformed JSON: "
              + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
    }
    throw QboFault.badRequest(
        "Request has invalid or unsupported property", "The body must be a JSON object");
  }

  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The field {@code name} of {@code node}, matched ignoring case; {@code null} when absent. */
  public static JsonNode field(JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode exact = node.get(name);
    if (exact != null) {
      return exact;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Follows a dotted path like {@code MetaData.LastUpdatedTime}, ignoring case. */
  public static JsonNode path(JsonNode node, String dotted) {
    JsonNode at = node;
    for (String part : dotted.split("\\.")) {
      at = field(at, part);
      if (at == null || at.isNull()) {
        return null;
      }
    }
    return at;
  }

  public static String text(JsonNode node, String dotted) {
    JsonNode at = path(node, dotted);
    return at == null || at.isContainerNode() ? null : at.asText();
  }

  public static BigDecimal decimal(JsonNode node, String dotted) {
    JsonNode at = path(node, dotted);
    if (at == null || at.isContainerNode()) {
      return null;
    }
    if (at.isNumber()) {
      return at.decimalValue();
    }
    try {
      return new BigDecimal(at.asText().trim());
    } catch (NumberFormatException e) {
      throw QboFault.badRequest("Invalid Number", "Not a number at " + dotted + ": " + at.asText());
    }
  }

  public static boolean bool(JsonNode node, String dotted, boolean fallback) {
    JsonNode at = path(node, dotted);
    return at == null ? fallback : at.asBoolean(fallback);
  }

  /** The {@code value} of a reference field such as {@code ItemRef}; {@code null} when absent. */
  public static String ref(JsonNode node, String refField) {
    return text(node, refField + ".value");
  }
}
