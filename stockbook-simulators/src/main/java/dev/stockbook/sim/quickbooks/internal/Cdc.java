package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Change data capture (reference §1.4): entities changed after {@code changedSince}, full objects,
 * deletions as tombstones, at most 1,000 objects across all requested entities, 30-day look-back.
 */
public final class Cdc {
  static final int MAX_OBJECTS = 1000;
  private static final Duration WINDOW = Duration.ofDays(30);

  private final EntityStore store;
  private final CompanyTime time;

  public Cdc(EntityStore store, CompanyTime time) {
    this.store = store;
    this.time = time;
  }

  /** The inside of {@code CDCResponse[0]}: {@code {"QueryResponse":[{"Item":[...]}, ...]}}. */
  public ObjectNode run(String entities, String changedSince) {
    if (entities == null || entities.isBlank()) {
      throw QboFault.required("entities");
    }
    Instant since = since(changedSince);
    ObjectNode result = Json.object();
    ArrayNode responses = result.putArray("QueryResponse");
    int budget = MAX_OBJECTS;
    for (String name : entities.split(",")) {
      EntityKind kind = kind(name.trim());
      List<ObjectNode> changed = changed(kind, since);
      List<ObjectNode> page = changed.subList(0, Math.min(budget, changed.size()));
      budget -= page.size();
      ObjectNode one = responses.addObject();
      if (!page.isEmpty()) {
        one.putArray(kind.wireName()).addAll(page);
        one.put("startPosition", 1).put("maxResults", page.size());
      }
    }
    return result;
  }

  private Instant since(String changedSince) {
    if (changedSince == null) {
      throw QboFault.required("changedSince");
    }
    Instant since = CompanyTime.parse(changedSince);
    if (since == null) {
      throw QboFault.badRequest(
          "Invalid changedSince", "Cannot parse changedSince " + changedSince);
    }
    if (since.isBefore(time.now().minus(WINDOW))) {
      throw QboFault.validation(
          "6000",
          "A business validation error has occurred while processing your request",
          "changedSince must be within the last 30 days");
    }
    return since;
  }

  private static EntityKind kind(String name) {
    EntityKind kind =
        EntityKind.byName(name)
            .orElseThrow(
                () -> QboFault.badRequest("Invalid entity", "Unknown entity in CDC: " + name));
    if (!kind.inCdc()) {
      throw QboFault.badRequest("Invalid entity", "CDC is not supported for " + kind.wireName());
    }
    return kind;
  }

  private List<ObjectNode> changed(EntityKind kind, Instant since) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode entity : store.all(kind)) {
      add(out, entity, since);
    }
    for (ObjectNode tombstone : store.tombstones(kind)) {
      add(out, tombstone, since);
    }
    out.sort(
        Comparator.comparing(e -> CompanyTime.parse(Json.text(e, "MetaData.LastUpdatedTime"))));
    return out;
  }

  private static void add(List<ObjectNode> out, ObjectNode entity, Instant since) {
    Instant updated = CompanyTime.parse(Json.text(entity, "MetaData.LastUpdatedTime"));
    if (updated != null && !updated.isBefore(since)) {
      out.add(entity);
    }
  }
}
