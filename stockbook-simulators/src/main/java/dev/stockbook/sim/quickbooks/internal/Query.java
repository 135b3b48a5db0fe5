package dev.stockbook.sim.quickbooks.internal;

import java.util.List;

/**
 * A parsed QBO query: {@code SELECT * | count(*) FROM Entity [WHERE c AND c] [ORDERBY f [ASC|DESC],
 * ...] [STARTPOSITION n] [MAXRESULTS n]}.
 */
public record Query(
    boolean count,
    EntityKind entity,
    List<Condition> where,
    List<Order> orderBy,
    int startPosition,
    int maxResults) {

  /** {@code field op value}; for {@code IN} the values are a list, otherwise one element. */
  public record Condition(String field, String op, List<Object> values) {}

  public record Order(String field, boolean descending) {}

  public boolean mentions(String field) {
    return where.stream().anyMatch(c -> c.field().equalsIgnoreCase(field));
  }
}
