package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Runs a {@link Query} over the store and builds the {@code QueryResponse} object. Name lists are
 * active-only unless the query mentions {@code Active} (reference §1.3).
 */
public final class QueryEngine {
  private final EntityStore store;

  public QueryEngine(EntityStore store) {
    this.store = store;
  }

  public ObjectNode run(String text) {
    Query query = QueryParser.parse(text);
    List<ObjectNode> rows =
        store.all(query.entity()).stream().filter(e -> matches(query, e)).toList();
    ObjectNode response = Json.object();
    if (query.count()) {
      return response.put("totalCount", rows.size());
    }
    List<ObjectNode> page =
        rows.stream()
            .sorted(order(query))
            .skip(query.startPosition() - 1L)
            .limit(query.maxResults())
            .toList();
    if (!page.isEmpty()) {
      response.putArray(query.entity().wireName()).addAll(page);
      response.put("startPosition", query.startPosition()).put("maxResults", page.size());
    }
    return response;
  }

  private static boolean matches(Query query, ObjectNode entity) {
    if (query.entity().nameList()
        && !query.mentions("Active")
        && !Json.bool(entity, "Active", true)) {
      return false;
    }
    return query.where().stream().allMatch(c -> holds(c, scalar(Json.path(entity, c.field()))));
  }

  private static boolean holds(Query.Condition condition, JsonNode value) {
    if (value == null || value.isContainerNode()) {
      return false;
    }
    return switch (condition.op()) {
      case "in" -> condition.values().stream().anyMatch(v -> compare(value, v) == 0);
      case "like" -> like(value.asText(), String.valueOf(condition.values().get(0)));
      case "=" -> compare(value, condition.values().get(0)) == 0;
      case "<" -> compare(value, condition.values().get(0)) < 0;
      case ">" -> compare(value, condition.values().get(0)) > 0;
      case "<=" -> compare(value, condition.values().get(0)) <= 0;
      default -> compare(value, condition.values().get(0)) >= 0;
    };
  }

  /** Booleans, numbers and timestamps compare by value; other strings ignoring case. */
  static int compare(JsonNode value, Object literal) {
    String text = value.asText();
    if (literal instanceof Boolean b) {
      return Boolean.compare(Boolean.parseBoolean(text), b);
    }
    if (literal instanceof BigDecimal number) {
      BigDecimal own = decimal(text);
      return own == null ? text.compareToIgnoreCase(number.toPlainString()) : own.compareTo(number);
    }
    String wanted = (String) literal;
    Instant a = looksLikeTime(text) ? CompanyTime.parse(text) : null;
    Instant b = a == null ? null : CompanyTime.parse(wanted);
    if (a != null && b != null) {
      return a.compareTo(b);
    }
    BigDecimal x = decimal(text);
    BigDecimal y = x == null ? null : decimal(wanted);
    return y != null
        ? x.compareTo(y)
        : text.toLowerCase(Locale.ROOT).compareTo(wanted.toLowerCase(Locale.ROOT));
  }

  private static boolean like(String text, String pattern) {
    StringBuilder regex = new StringBuilder();
    for (String part : pattern.split("%", -1)) {
      regex.append(Pattern.quote(part)).append(".*");
    }
    regex.setLength(regex.length() - 2);
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
        .matcher(text)
        .matches();
  }

  private static Comparator<ObjectNode> order(Query query) {
    Comparator<ObjectNode> order = (a, b) -> 0;
    for (Query.Order o : query.orderBy()) {
      Comparator<ObjectNode> one =
          (a, b) -> compareFields(Json.path(a, o.field()), Json.path(b, o.field()));
      order = order.thenComparing(o.descending() ? one.reversed() : one);
    }
    return order;
  }

  private static int compareFields(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    Object literal =
        b.isNumber() ? b.decimalValue() : b.isBoolean() ? (Object) b.asBoolean() : b.asText();
    return compare(a, literal);
  }

  private static boolean looksLikeTime(String text) {
    return text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * QuickBooks compares some object fields by their one meaningful value: a reference by {@code
   * value} ({@code CustomerRef = '12'}), an email by {@code Address} ({@code PrimaryEmailAddr =
   * 'a@b.c'}), a phone by {@code FreeFormNumber}, a web address by {@code URI}.
   */
  private static com.fasterxml.jackson.databind.JsonNode scalar(
      com.fasterxml.jackson.databind.JsonNode value) {
    if (value == null || !value.isObject()) {
      return value;
    }
    for (String key : new String[] {"value", "Address", "FreeFormNumber", "URI"}) {
      if (value.hasNonNull(key)) {
        return value.get(key);
      }
    }
    return value;
  }
}
