package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one realm: live entities by kind and Id, and tombstones of deleted ones (for CDC).
 * Not thread-safe on its own; {@link EntityStore} serialises access.
 */
public final class Company {
  private final Map<EntityKind, Map<String, ObjectNode>> live = new EnumMap<>(EntityKind.class);
  private final Map<EntityKind, Map<String, ObjectNode>> deleted = new EnumMap<>(EntityKind.class);
  private final Set<String> hidden = new HashSet<>();
  private boolean hideNew;
  private long nextId = 1;

  /**
   * While on, entities created are stored but not visible (a batch's items cannot see objects made
   * earlier in the same batch, reference §1.5). Turning it off reveals them.
   */
  public void hideNew(boolean on) {
    hideNew = on;
    if (!on) {
      hidden.clear();
    }
  }

  public String newId() {
    return Long.toString(nextId++);
  }

  public Optional<ObjectNode> find(EntityKind kind, String id) {
    return hidden.contains(id) ? Optional.empty() : Optional.ofNullable(live(kind).get(id));
  }

  public void put(EntityKind kind, ObjectNode entity) {
    String id = entity.get("Id").asText();
    if (hideNew && !live(kind).containsKey(id)) {
      hidden.add(id);
    }
    live(kind).put(id, entity);
  }

  public void remove(EntityKind kind, String id, ObjectNode tombstone) {
    live(kind).remove(id);
    deleted.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(id, tombstone);
  }

  /** Live entities in creation order (copies of the list, the nodes are the stored ones). */
  public List<ObjectNode> all(EntityKind kind) {
    List<ObjectNode> all = new ArrayList<>(live(kind).values());
    all.removeIf(e -> hidden.contains(e.get("Id").asText()));
    return all;
  }

  public List<ObjectNode> tombstones(EntityKind kind) {
    return new ArrayList<>(deleted.getOrDefault(kind, Map.of()).values());
  }

  private Map<String, ObjectNode> live(EntityKind kind) {
    return this.live.computeIfAbsent(kind, k -> new LinkedHashMap<>());
  }
}
