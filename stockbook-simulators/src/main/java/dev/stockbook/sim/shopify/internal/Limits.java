package dev.stockbook.sim.shopify.internal;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

/**
 * Shopify's input limits, checked before a query runs: a connection needs {@code first} or {@code
 * last}, at most 250; an input array holds at most 250 items.
 */
public final class Limits {
  public static final int MAX_INPUT_ARRAY = 250;
  private final GraphQLSchema schema;

  public Limits(GraphQLSchema schema) {
    this.schema = schema;
  }

  /** Every violation, in query order. */
  public List<ShopifyError> check(ExecutableNormalizedOperation op, boolean bulk) {
    List<ShopifyError> errors = new ArrayList<>();
    op.getTopLevelFields().forEach(f -> walk(f, bulk, errors));
    return errors;
  }

  private void walk(ExecutableNormalizedField f, boolean bulk, List<ShopifyError> errors) {
    for (Map.Entry<String, Object> arg : f.getResolvedArguments().entrySet()) {
      List<Object> path = path(f);
      path.add(arg.getKey());
      arrays(arg.getValue(), path, errors);
    }
    if (!bulk && QueryCost.isConnection(GraphQLTypeUtil.unwrapAll(f.getType(schema)))) {
      paging(f, errors);
    }
    f.getChildren().forEach(c -> walk(c, bulk, errors));
  }

  private static void paging(ExecutableNormalizedField f, List<ShopifyError> errors) {
    Object first = f.getResolvedArguments().get("first");
    Object last = f.getResolvedArguments().get("last");
    if (first == null && last == null) {
      errors.add(withPath(f, "you must provide one of first or last"));
    }
    for (Object size : new Object[] {first, last}) {
      if (size instanceof Integer n && (n < 0 || n > Pages.MAX_PAGE)) {
        errors.add(
            withPath(
                f,
                "The first and last arguments on the "
                    + f.getFieldName()
                    + " field must be between 0 and "
                    + Pages.MAX_PAGE
                    + "."));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void arrays(Object value, List<Object> path, List<ShopifyError> errors) {
    if (value instanceof List<?> list) {
      if (list.size() > MAX_INPUT_ARRAY) {
        errors.add(
            new ShopifyError(
                "MAX_INPUT_SIZE_EXCEEDED",
                "The input array size of "
                    + list.size()
                    + " is greater than the maximum allowed of "
                    + MAX_INPUT_ARRAY
                    + ".",
                Map.of("path", List.copyOf(path))));
        return;
      }
      for (int i = 0; i < list.size(); i++) {
        List<Object> inner = new ArrayList<>(path);
        inner.add(i);
        arrays(list.get(i), inner, errors);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        List<Object> inner = new ArrayList<>(path);
        inner.add(e.getKey());
        arrays(e.getValue(), inner, errors);
      }
    }
  }

  private static ShopifyError withPath(ExecutableNormalizedField f, String message) {
    return new ShopifyError("BAD_REQUEST", message, Map.of("path", path(f)));
  }

  static List<Object> path(ExecutableNormalizedField f) {
    LinkedList<Object> path = new LinkedList<>();
    for (ExecutableNormalizedField at = f; at != null; at = at.getParent()) {
      path.addFirst(at.getResultKey());
    }
    return new ArrayList<>(path);
  }
}
