package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON the way PHP's {@code wp_json_encode} writes it: compact, {@code /} as {@code \/} and every
 * non-ASCII UTF-16 unit as a lowercase {@code \\uxxxx} escape (so the bytes are pure ASCII).
 */
public final class WpJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private WpJson() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  public static byte[] bytes(JsonNode node) {
    return text(node).getBytes(StandardCharsets.US_ASCII);
  }

  public static String text(JsonNode node) {
    try {
      return phpEscape(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Jackson's output never has a raw {@code /} or non-ASCII char outside a string, so this is safe.
   */
  static String phpEscape(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '/') {
        out.append("\\/");
      } else if (c >= 0x80) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Parses a request body; {@code null} for an empty body. */
  public static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw WpError.invalidJson();
    }
  }
}
