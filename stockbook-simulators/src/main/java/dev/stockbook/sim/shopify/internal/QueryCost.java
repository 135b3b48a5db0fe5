package dev.stockbook.sim.shopify.internal;

import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calculated query cost as shopify.dev documents it: scalars and enums 0, an object 1 plus what is
 * selected in it, an interface the most expensive of its possible selections, a connection 2 plus
 * its page size (first/last) times the cost of one node, a mutation 10. The requested cost is
 * worked out before execution from the query; the actual cost after it, from what came back.
 * Non-connection lists count as one object.
 */
public final class QueryCost {
  public static final int MAX_SINGLE_QUERY = 1000;
  public static final int MUTATION = 10;
  private final GraphQLSchema schema;

  public QueryCost(GraphQLSchema schema) {
    this.schema = schema;
  }

  public int requested(ExecutableNormalizedOperation op) {
    if (op.getOperation() == OperationDefinition.Operation.MUTATION) {
      return MUTATION * op.getTopLevelFields().size();
    }
    return op.getTopLevelFields().stream().mapToInt(this::requestedField).sum();
  }

  public int actual(ExecutableNormalizedOperation op, Map<String, Object> data) {
    if (op.getOperation() == OperationDefinition.Operation.MUTATION) {
      return MUTATION * op.getTopLevelFields().size();
    }
    if (data == null) {
      return 0;
    }
    return op.getTopLevelFields().stream()
        .mapToInt(f -> actualField(f, data.get(f.getResultKey())))
        .sum();
  }

  private int requestedField(ExecutableNormalizedField f) {
    GraphQLType type = GraphQLTypeUtil.unwrapAll(f.getType(schema));
    if (!(type instanceof GraphQLFieldsContainer container)) {
      return 0;
    }
    if (isConnection(container)) {
      return 2 + pageSize(f) * nodeCost(f);
    }
    return 1 + costliestSelection(f.getChildren());
  }

  /** What one node of a connection costs: its edges' node and/or nodes selections. */
  private int nodeCost(ExecutableNormalizedField connection) {
    int cost = 0;
    for (ExecutableNormalizedField child : connection.getChildren()) {
      if ("edges".equals(child.getFieldName())) {
        cost += child.getChildren().stream().mapToInt(this::requestedField).sum();
      } else if ("nodes".equals(child.getFieldName())) {
        cost += requestedField(child);
      }
    }
    return cost;
  }

  /** The children's cost, per possible object type (interfaces), keeping the most expensive. */
  private int costliestSelection(List<ExecutableNormalizedField> children) {
    Map<String, Integer> byType = new HashMap<>();
    for (ExecutableNormalizedField child : children) {
      int cost = requestedField(child);
      child.getObjectTypeNames().forEach(t -> byType.merge(t, cost, Integer::sum));
    }
    return byType.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  static int pageSize(ExecutableNormalizedField f) {
    Object first = f.getResolvedArguments().get("first");
    Object last = f.getResolvedArguments().get("last");
    Object size = first != null ? first : last;
    return size instanceof Integer n ? Math.max(0, n) : 0;
  }

  static boolean isConnection(GraphQLType type) {
    return type instanceof GraphQLFieldsContainer c && c.getName().endsWith("Connection");
  }

  @SuppressWarnings("unchecked")
  private int actualField(ExecutableNormalizedField f, Object value) {
    GraphQLType type = GraphQLTypeUtil.unwrapAll(f.getType(schema));
    if (!(type instanceof GraphQLFieldsContainer container) || value == null) {
      return 0;
    }
    if (isConnection(container) && value instanceof Map<?, ?> connection) {
      return 2 + actualNodes(f, (Map<String, Object>) connection);
    }
    if (value instanceof List<?> list) {
      return 1 + list.stream().mapToInt(v -> actualChildren(f, v)).max().orElse(0);
    }
    return 1 + actualChildren(f, value);
  }

  @SuppressWarnings("unchecked")
  private int actualNodes(ExecutableNormalizedField f, Map<String, Object> connection) {
    int cost = 0;
    for (ExecutableNormalizedField child : f.getChildren()) {
      Object items = connection.get(child.getResultKey());
      if (!(items instanceof List<?> list)) {
        continue;
      }
      for (Object item : list) {
        if ("edges".equals(child.getFieldName()) && item instanceof Map<?, ?> edge) {
          cost += actualChildren(child, edge);
        } else if ("nodes".equals(child.getFieldName())) {
          cost += 1 + actualChildren(child, item);
        }
      }
    }
    return cost;
  }

  /** Children present in the result object; per result key the costliest (interfaces). */
  @SuppressWarnings("unchecked")
  private int actualChildren(ExecutableNormalizedField f, Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return 0;
    }
    Map<String, Integer> byKey = new HashMap<>();
    for (ExecutableNormalizedField child : f.getChildren()) {
      if (((Map<String, Object>) map).containsKey(child.getResultKey())) {
        int cost = actualField(child, map.get(child.getResultKey()));
        byKey.merge(child.getResultKey(), cost, Math::max);
      }
    }
    return byKey.values().stream().mapToInt(Integer::intValue).sum();
  }
}
