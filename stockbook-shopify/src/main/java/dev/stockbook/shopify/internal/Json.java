package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reading GraphQL Admin API answers: money as MoneyBag {@code shopMoney.amount} strings. */
final class Json {
  private Json() {}

  /** The text of a field, "" when absent or null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? "" : value.asText();
  }

  /** The numeric id in a gid field, null when absent. */
  static String id(JsonNode node, String field) {
    String gid = text(node, field);
    return gid.isEmpty() ? null : Gids.numeric(gid);
  }

  /** A MoneyBag's shop amount, exactly as written; zero when the bag is null. */
  static BigDecimal money(JsonNode node, String field) {
    JsonNode bag = node.path(field);
    if (bag.isNull() || bag.isMissingNode()) {
      return BigDecimal.ZERO;
    }
    String amount = bag.path("shopMoney").path("amount").asText("");
    try {
      return new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "field " + field + " is \"" + amount + "\", which is not an amount", e);
    }
  }

  /** The sum of the MoneyBag {@code field} over an array (tax lines, discount allocations). */
  static BigDecimal sum(JsonNode array, String field) {
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode item : array) {
      total = total.add(money(item, field));
    }
    return total;
  }

  /** An ISO-8601 instant; null when absent. */
  static Instant instant(JsonNode node, String field) {
    String value = text(node, field);
    try {
      return value.isEmpty() ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "field " + field + " is \"" + value + "\", which is not a time", e);
    }
  }

  /** A whole number; the message names the field when it is not one. */
  static BigDecimal quantity(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isIntegralNumber()) {
      throw new IllegalArgumentException("field " + field + " is " + value + ", not a quantity");
    }
    return BigDecimal.valueOf(value.asLong());
  }

  static <T> List<T> list(JsonNode array, Function<JsonNode, T> mapper) {
    List<T> out = new ArrayList<>();
    array.forEach(item -> out.add(mapper.apply(item)));
    return out;
  }
}
