package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /batch} (reference §1.5): items run one after another, each answered under its {@code
 * bId} with the entity, a {@code QueryResponse} or its own {@code Fault}.
 */
public final class Batch {
  private final EntityStore store;
  private final QueryEngine queries;

  public Batch(EntityStore store, QueryEngine queries) {
    this.store = store;
    this.queries = queries;
  }

  /** The items of a batch body; 2020 when the list is missing. */
  public static ArrayNode items(ObjectNode body) {
    JsonNode items = Json.field(body, "BatchItemRequest");
    if (items == null || !items.isArray()) {
      throw QboFault.required("BatchItemRequest");
    }
    return (ArrayNode) items;
  }

  public ObjectNode run(ArrayNode items) {
    return store.batch(() -> runSerially(items));
  }

  private ObjectNode runSerially(ArrayNode items) {
    ObjectNode result = Json.object();
    ArrayNode responses = result.putArray("BatchItemResponse");
    for (JsonNode item : items) {
      ObjectNode response = responses.addObject();
      response.put("bId", Json.text(item, "bId"));
      try {
        answer(item, response);
      } catch (QboFault fault) {
        response.set("Fault", fault.faultNode());
      }
    }
    return result;
  }

  private void answer(JsonNode item, ObjectNode response) {
    String query = Json.text(item, "Query");
    if (query != null) {
      response.set("QueryResponse", queries.run(query));
      return;
    }
    Map.Entry<EntityKind, ObjectNode> entity =
        entity(item)
            .orElseThrow(
                () ->
                    QboFault.badRequest(
                        "Request has invalid or unsupported property", "Batch item has no entity"));
    String operation = Optional.ofNullable(Json.text(item, "operation")).orElse("create");
    EntityKind kind = entity.getKey();
    ObjectNode body = entity.getValue();
    if (kind.readOnly()) {
      throw QboFault.unsupported(operation, kind);
    }
    ObjectNode out =
        switch (operation) {
          case "create" -> store.create(kind, body);
          case "update" ->
              "void".equals(Json.text(item, "optionsData"))
                  ? store.voidTxn(kind, body)
                  : store.update(kind, body);
          case "delete" -> store.delete(kind, body);
          default ->
              throw QboFault.badRequest(
                  "Unsupported Operation", "Unknown batch operation " + operation);
        };
    response.set(kind.wireName(), out);
  }

  private static Optional<Map.Entry<EntityKind, ObjectNode>> entity(JsonNode item) {
    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Optional<EntityKind> kind = EntityKind.byName(field.getKey());
      if (kind.isPresent() && field.getValue().isObject()) {
        return Optional.of(Map.entry(kind.get(), (ObjectNode) field.getValue()));
      }
    }
    return Optional.empty();
  }
}
