package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which items a CDC answer (or a list of changed objects) touches: changed Items themselves, and
 * the items on the lines of changed transactions. A deleted transaction comes back without lines,
 * so it cannot be traced: that sets {@link #sweepNeeded()}.
 */
public final class CdcItems {
  private static final String[] ITEM_DETAILS = {"SalesItemLineDetail", "ItemBasedExpenseLineDetail", "ItemAdjustmentLineDetail"};

  private final Set<String> itemIds = new LinkedHashSet<>();
  private boolean sweepNeeded;
  private int objects;

  /** Adds every object of a {@code CDCResponse[].QueryResponse[]} answer. */
  public CdcItems addCdcResponse(JsonNode root) {
    for (JsonNode cdc : root.path("CDCResponse")) {
      for (JsonNode query : cdc.path("QueryResponse")) {
        for (Map.Entry<String, JsonNode> entry : query.properties()) {
          if (entry.getValue().isArray()) {
            entry.getValue().forEach(object -> add(entry.getKey(), object));
          }
        }
      }
    }
    return this;
  }

  /** Adds one changed object of entity {@code entity}. */
  public void add(String entity, JsonNode object) {
    objects++;
    if ("Item".equals(entity)) {
      itemIds.add(object.path("Id").asText());
      return;
    }
    if ("Deleted".equalsIgnoreCase(object.path("status").asText(""))) {
      sweepNeeded = true;
      return;
    }
    for (JsonNode line : object.path("Line")) {
      addLine(line);
    }
  }

  private void addLine(JsonNode line) {
    for (String detail : ITEM_DETAILS) {
      String id = line.path(detail).path("ItemRef").path("value").asText("");
      if (!id.isEmpty() && !DocumentJson.SHIPPING_ITEM_ID.equals(id)) {
        itemIds.add(id);
      }
    }
    for (JsonNode inner : line.path("GroupLineDetail").path("Line")) {
      addLine(inner);
    }
  }

  public Set<String> itemIds() {
    return Set.copyOf(itemIds);
  }

  public boolean sweepNeeded() {
    return sweepNeeded;
  }

  /** How many objects were seen (CDC answers cap at 1,000 and may then be truncated). */
  public int objects() {
    return objects;
  }

  public void markSweepNeeded() {
    sweepNeeded = true;
  }
}
