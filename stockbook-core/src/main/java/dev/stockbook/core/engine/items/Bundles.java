package dev.stockbook.core.engine.items;

import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.documents.Bundle;
import dev.stockbook.core.state.Binding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which bound items are QuickBooks bundles (Group items) and what they hold. Only items bound as
 * non-inventory can be bundles, so orders of inventory items cost no lookup; the others are read
 * with at most two queries per turn (the items, then their components) and remembered for the turn.
 */
public final class Bundles {
  private final SyncContext ctx;
  private final Map<String, Optional<Bundle>> known = new HashMap<>();
  private final Map<String, Boolean> nonInventoryBySku = new HashMap<>();

  public Bundles(SyncContext ctx) {
    this.ctx = ctx;
  }

  /** The bundles among the items of {@code itemIdsBySku}, by item id. */
  public Map<String, Bundle> of(Map<String, String> itemIdsBySku) {
    load(itemIdsBySku);
    Map<String, Bundle> out = new HashMap<>();
    itemIdsBySku
        .values()
        .forEach(id -> known.getOrDefault(id, Optional.empty()).ifPresent(b -> out.put(id, b)));
    return out;
  }

  /** Looks up, in one go, the non-inventory items of {@code itemIdsBySku} not yet known. */
  public void load(Map<String, String> itemIdsBySku) {
    List<String> candidates = new ArrayList<>();
    itemIdsBySku.forEach(
        (sku, id) -> {
          if (!known.containsKey(id) && !candidates.contains(id) && nonInventory(sku)) {
            candidates.add(id);
          }
        });
    if (candidates.isEmpty()) {
      return;
    }
    List<BooksItem> groups =
        ctx.books().itemsById(candidates).stream().filter(BooksItem::isGroup).toList();
    candidates.forEach(id -> known.put(id, Optional.empty()));
    Map<String, BooksItem> parts = components(groups);
    groups.forEach(g -> known.put(g.id(), Optional.of(bundle(g, parts))));
  }

  /** Whether the SKU is bound as non-inventory; asked of the state database once per SKU a turn. */
  private boolean nonInventory(String sku) {
    return nonInventoryBySku.computeIfAbsent(
        sku,
        s ->
            ctx.state()
                .bindings()
                .find(ctx.connection(), s)
                .map(b -> !b.tracked() && b.origin() == Binding.Origin.MATCHED)
                .orElse(false));
  }

  private Map<String, BooksItem> components(List<BooksItem> groups) {
    List<String> ids =
        groups.stream()
            .flatMap(g -> g.components().stream())
            .map(BooksItem.Component::itemId)
            .distinct()
            .toList();
    Map<String, BooksItem> byId = new HashMap<>();
    if (!ids.isEmpty()) {
      ctx.books().itemsById(ids).forEach(i -> byId.put(i.id(), i));
    }
    return byId;
  }

  private static Bundle bundle(BooksItem group, Map<String, BooksItem> parts) {
    List<Bundle.Component> components = new ArrayList<>();
    String missing = group.components().isEmpty() ? "(it has no components)" : null;
    for (BooksItem.Component c : group.components()) {
      BooksItem part = parts.get(c.itemId());
      if (part == null || !part.active()) {
        missing = missing != null ? missing : "item " + c.itemId();
        continue;
      }
      components.add(new Bundle.Component(part.id(), part.name(), c.quantity(), part.unitPrice()));
    }
    return new Bundle(group.id(), group.name(), components, missing);
  }
}
