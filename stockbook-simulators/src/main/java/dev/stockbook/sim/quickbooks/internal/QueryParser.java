package dev.stockbook.sim.quickbooks.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parses the QBO query language; any deviation is a 4000 QueryParserError fault. */
public final class QueryParser {
  private static final int DEFAULT_MAX = 100;
  private static final int CAP = 1000;
  private static final Set<String> OPS = Set.of("=", "<", ">", "<=", ">=", "in", "like");

  private final List<String> tokens;
  private int at;

  private QueryParser(String text) {
    this.tokens = QueryTokens.split(text);
  }

  public static Query parse(String text) {
    if (text == null || text.isBlank()) {
      throw QboFault.query("empty query");
    }
    return new QueryParser(text).query();
  }

  private Query query() {
    expect("select");
    boolean count = peekIs("count");
    if (count) {
      expect("count");
      expect("(");
      expect("*");
      expect(")");
    } else {
      expect("*");
    }
    expect("from");
    String name = next();
    EntityKind entity =
        EntityKind.byName(name)
            .orElseThrow(
                () ->
                    QboFault.validation(
                        "4001",
                        "Invalid query",
                        "QueryValidationError: Invalid context declaration : " + name));
    List<Query.Condition> where = peekIs("where") ? where() : List.of();
    List<Query.Order> order = peekIs("orderby") ? orderBy() : List.of();
    int start = peekIs("startposition") ? number("startposition") : 1;
    int max = peekIs("maxresults") ? number("maxresults") : DEFAULT_MAX;
    if (at < tokens.size()) {
      throw QboFault.query("Encountered \"" + tokens.get(at) + "\" at position " + at);
    }
    return new Query(
        count, entity, where, order, Math.max(1, start), Math.min(CAP, Math.max(1, max)));
  }

  private List<Query.Condition> where() {
    expect("where");
    List<Query.Condition> conditions = new ArrayList<>();
    do {
      String field = field();
      String op = next().toLowerCase(Locale.ROOT);
      if (!OPS.contains(op)) {
        throw QboFault.query("unsupported operator " + op);
      }
      conditions.add(new Query.Condition(field, op, "in".equals(op) ? list() : List.of(value())));
    } while (accept("and"));
    return conditions;
  }

  private List<Query.Order> orderBy() {
    expect("orderby");
    List<Query.Order> order = new ArrayList<>();
    do {
      String field = field();
      boolean desc = accept("desc");
      if (!desc) {
        accept("asc");
      }
      order.add(new Query.Order(field, desc));
    } while (accept(","));
    return order;
  }

  private List<Object> list() {
    expect("(");
    List<Object> values = new ArrayList<>();
    do {
      values.add(value());
    } while (accept(","));
    expect(")");
    return values;
  }

  private Object value() {
    String token = next();
    if (token.startsWith("'")) {
      return token.substring(1);
    }
    if (token.equalsIgnoreCase("true") || token.equalsIgnoreCase("false")) {
      return Boolean.valueOf(token.toLowerCase(Locale.ROOT));
    }
    try {
      return new BigDecimal(token);
    } catch (NumberFormatException e) {
      throw QboFault.query("expected a value but found " + token);
    }
  }

  private String field() {
    String token = next();
    if (!token.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
      throw QboFault.query("expected a property name but found " + token);
    }
    return token;
  }

  private int number(String keyword) {
    expect(keyword);
    String token = next();
    try {
      return Integer.parseInt(token.startsWith("'") ? token.substring(1) : token);
    } catch (NumberFormatException e) {
      throw QboFault.query(keyword + " needs a number, found " + token);
    }
  }

  private boolean peekIs(String keyword) {
    return at < tokens.size() && tokens.get(at).equalsIgnoreCase(keyword);
  }

  private boolean accept(String keyword) {
    if (peekIs(keyword)) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(String keyword) {
    if (!accept(keyword)) {
      throw QboFault.query(
          "expected "
              + keyword
              + " but found "
              + (at < tokens.size() ? tokens.get(at) : "end of query"));
    }
  }

  private String next() {
    if (at >= tokens.size()) {
      throw QboFault.query("unexpected end of query");
    }
    return tokens.get(at++);
  }
}
