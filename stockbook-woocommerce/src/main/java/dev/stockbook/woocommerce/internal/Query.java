package dev.stockbook.woocommerce.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An ordered list of query parameters; immutable, {@link #with} returns a copy. */
public final class Query {
  private final List<Map.Entry<String, String>> params;

  private Query(List<Map.Entry<String, String>> params) {
    this.params = List.copyOf(params);
  }

  public static Query empty() {
    return new Query(List.of());
  }

  public Query with(String name, Object value) {
    List<Map.Entry<String, String>> copy = new ArrayList<>(params);
    copy.add(Map.entry(name, String.valueOf(value)));
    return new Query(copy);
  }

  public List<Map.Entry<String, String>> params() {
    return params;
  }

  /** The query string with every name and value RFC 3986 encoded, or "" when empty. */
  public String encoded() {
    return params.stream()
        .map(e -> Rfc3986.encode(e.getKey()) + "=" + Rfc3986.encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }
}
