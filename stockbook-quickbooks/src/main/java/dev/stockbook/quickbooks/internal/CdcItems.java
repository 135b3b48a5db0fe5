package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which items a CDC answer (or a list of changed objects) touches: changed Items themselves, and
 * the items on the lines of changed transactions. A deleted transaction comes back without lines,
 * so it cannot be traced: that sets {@link #sweepNeeded()}.
 */
public final class CdcItems {
  private static final String[] ITEM_DETAILS = {
    "SalesItemLineDetail", "ItemBasedExpenseLineDetail", "ItemAdjustmentLineDetail"
  };

  private final Set<String> itemIds = new LinkedHashSet<>();
  private boolean sweepNeeded;
  private int objects;
  private Instant latest;

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
    noteTime(object.path("MetaData").path("LastUpdatedTime").asText(""));
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

  private void noteTime(String text) {
    try {
      Instant at = text.isEmpty() ? null : OffsetDateTime.parse(text).toInstant();
      if (at != null && (latest == null || at.isAfter(latest))) {
        latest = at;
      }
    } catch (DateTimeParseException e) {
      // an object without a readable time cannot move a page forward; paging then gives up
    }
  }

  /** Takes in what another answer saw. */
  public void addAll(CdcItems other) {
    itemIds.addAll(other.itemIds);
    sweepNeeded |= other.sweepNeeded;
    objects += other.objects;
  }

  /** The latest LastUpdatedTime among the objects seen, or null. */
  public Instant latest() {
    return latest;
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
