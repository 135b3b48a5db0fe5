package dev.stockbook.sim.shopify.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks shared by inventorySetQuantities and inventoryAdjustQuantities: reasons, document URIs,
 * and that each row names a known item stocked at a known location.
 */
final class InventoryInput {
  /** Shopify's inventory change reasons. */
  static final Set<String> REASONS =
      Set.of(
          "correction",
          "cycle_count_available",
          "damaged",
          "movement_canceled",
          "movement_created",
          "movement_received",
          "movement_updated",
          "other",
          "promotion",
          "quality_control",
          "received",
          "reservation_created",
          "reservation_deleted",
          "reservation_updated",
          "restock",
          "safety_stock",
          "shrinkage");

  private final Catalog catalog;

  InventoryInput(Catalog catalog) {
    this.catalog = catalog;
  }

  void common(Map<String, Object> input, UserErrors errors) {
    if (!REASONS.contains(String.valueOf(input.get("reason")))) {
      errors.add("INVALID_REASON", "The specified reason is invalid.", List.of("input", "reason"));
    }
    Object doc = input.get("referenceDocumentUri");
    if (doc != null && !isUri(doc.toString())) {
      errors.add(
          "INVALID_REFERENCE_DOCUMENT",
          "The specified reference document is invalid.",
          List.of("input", "referenceDocumentUri"));
    }
  }

  /** The level a row names, or null with the error recorded under {@code input.<list>.<i>}. */
  InventoryLevel level(Map<String, Object> row, String list, int i, UserErrors errors) {
    InventoryItem item =
        Gid.parse((String) row.get("inventoryItemId"), "InventoryItem").stream()
            .mapToObj(catalog.items::get)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null);
    Location location =
        Gid.parse((String) row.get("locationId"), "Location").stream()
            .mapToObj(catalog.locations::get)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null);
    if (item == null) {
      errors.add(
          "INVALID_INVENTORY_ITEM",
          "The specified inventory item could not be found.",
          List.of("input", list, i, "inventoryItemId"));
    }
    if (location == null) {
      errors.add(
          "INVALID_LOCATION",
          "The specified location could not be found.",
          List.of("input", list, i, "locationId"));
    }
    if (item == null || location == null) {
      return null;
    }
    InventoryLevel level = item.levels.get(location.id);
    if (level == null) {
      errors.add(
          "ITEM_NOT_STOCKED_AT_LOCATION",
          "The specified inventory item is not stocked at the location.",
          List.of("input", list, i, "locationId"));
    }
    return level;
  }

  static boolean isUri(String value) {
    try {
      URI uri = new URI(value);
      return uri.getScheme() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
