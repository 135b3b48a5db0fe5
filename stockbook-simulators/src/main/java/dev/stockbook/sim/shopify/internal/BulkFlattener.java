package dev.stockbook.sim.shopify.internal;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a bulk query's result into JSONL lines the way Shopify writes them: one line per node of
 * each connection, nested connections removed from their parent and written as their own lines
 * carrying {@code __parentId}.
 */
public final class BulkFlattener {
  /** Lines, how many came from top-level connections, and whether a scope was missing. */
  public record Result(List<String> lines, long roots, boolean accessDenied) {}

  private record Nested(ExecutableNormalizedField field, Object value) {}

  private final GraphQLSchema schema;

  public BulkFlattener(GraphQLSchema schema) {
    this.schema = schema;
  }

  public Result flatten(ExecutableNormalizedOperation op, Map<String, Object> data) {
    List<String> lines = new ArrayList<>();
    for (ExecutableNormalizedField f : op.getTopLevelFields()) {
      connection(f, data == null ? null : data.get(f.getResultKey()), null, lines);
    }
    long roots = lines.stream().filter(l -> !l.contains("\"__parentId\":")).count();
    return new Result(lines, roots, false);
  }

  @SuppressWarnings("unchecked")
  private void connection(
      ExecutableNormalizedField f, Object value, String parentId, List<String> lines) {
    if (!(value instanceof Map<?, ?> conn)) {
      return;
    }
    for (ExecutableNormalizedField child : f.getChildren()) {
      Object items = conn.get(child.getResultKey());
      if (!(items instanceof List<?> list)) {
        continue;
      }
      for (Object item : list) {
        if ("nodes".equals(child.getFieldName())) {
          node(child, item, parentId, lines);
        } else if ("edges".equals(child.getFieldName()) && item instanceof Map<?, ?> edge) {
          for (ExecutableNormalizedField e : child.getChildren()) {
            if ("node".equals(e.getFieldName())) {
              node(e, ((Map<String, Object>) edge).get(e.getResultKey()), parentId, lines);
            }
          }
        }
      }
    }
  }

  private void node(
      ExecutableNormalizedField f, Object value, String parentId, List<String> lines) {
    if (!(value instanceof Map<?, ?>)) {
      return;
    }
    List<Nested> nested = new ArrayList<>();
    Map<String, Object> line = strip(f, value, nested);
    if (parentId != null) {
      line.put("__parentId", parentId);
    }
    lines.add(Json.text(line));
    String id = line.get("id") instanceof String s ? s : parentId;
    nested.forEach(n -> connection(n.field(), n.value(), id, lines));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> strip(
      ExecutableNormalizedField f, Object value, List<Nested> nested) {
    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) value);
    for (ExecutableNormalizedField child : f.getChildren()) {
      Object v = copy.get(child.getResultKey());
      if (QueryCost.isConnection(GraphQLTypeUtil.unwrapAll(child.getType(schema)))) {
        copy.remove(child.getResultKey());
        nested.add(new Nested(child, v));
      } else if (v instanceof Map<?, ?>) {
        copy.put(child.getResultKey(), strip(child, v, nested));
      }
    }
    return copy;
  }
}
