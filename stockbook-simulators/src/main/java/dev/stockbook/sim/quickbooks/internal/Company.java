package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one realm: live entities by kind and Id, and tombstones of deleted ones (for CDC).
 * Not thread-safe on its own; {@link EntityStore} serialises access.
 */
public final class Company {
  private final Map<EntityKind, Map<String, ObjectNode>> live = new EnumMap<>(EntityKind.class);
  private final Map<EntityKind, Map<String, ObjectNode>> deleted = new EnumMap<>(EntityKind.class);
  private long nextId = 1;

  public String newId() {
    return Long.toString(nextId++);
  }

  public Optional<ObjectNode> find(EntityKind kind, String id) {
    return Optional.ofNullable(live(kind).get(id));
  }

  public void put(EntityKind kind, ObjectNode entity) {
    live(kind).put(entity.get("Id").asText(), entity);
  }

  public void remove(EntityKind kind, String id, ObjectNode tombstone) {
    live(kind).remove(id);
    deleted.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(id, tombstone);
  }

  /** Live entities in creation order (copies of the list, the nodes are the stored ones). */
  public List<ObjectNode> all(EntityKind kind) {
    return new ArrayList<>(live(kind).values());
  }

  public List<ObjectNode> tombstones(EntityKind kind) {
    return new ArrayList<>(deleted.getOrDefault(kind, Map.of()).values());
  }

  private Map<String, ObjectNode> live(EntityKind kind) {
    return this.live.computeIfAbsent(kind, k -> new LinkedHashMap<>());
  }
}
