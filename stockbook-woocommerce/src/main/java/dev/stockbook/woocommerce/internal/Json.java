package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reading WooCommerce JSON: money as strings, ids as integers, dates without offset. */
final class Json {
  private Json() {}

  /** The text of a field, "" when absent or null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? "" : value.asText();
  }

  /** An id as a string; {@code null} when absent or 0 (WooCommerce's "none"). */
  static String id(JsonNode node, String field) {
    String value = text(node, field);
    return value.isEmpty() || value.equals("0") ? null : value;
  }

  /** A money string or number as written; zero when empty or null. */
  static BigDecimal money(JsonNode node, String field) {
    String value = text(node, field);
    try {
      return value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "field " + field + " is \"" + value + "\", which is not an amount", e);
    }
  }

  /** A {@code *_gmt} date ({@code 2026-11-26T16:59:43}) as an Instant; null when null. */
  static Instant gmt(JsonNode node, String field) {
    String value = text(node, field);
    return value.isEmpty() ? null : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
  }

  static <T> List<T> list(Iterable<JsonNode> array, Function<JsonNode, T> mapper) {
    List<T> out = new ArrayList<>();
    array.forEach(item -> out.add(mapper.apply(item)));
    return out;
  }
}
