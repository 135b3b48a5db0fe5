package dev.stockbook.sim.shopify.internal;

import java.time.Instant;
import java.util.List;

/** InventoryAdjustmentGroup: the changes one mutation made, with its reason and reference. */
public record AdjustmentGroup(
    long id,
    Instant createdAt,
    String reason,
    String referenceDocumentUri,
    List<Stock.Change> changes) {
  public String gid() {
    return Gid.of("InventoryAdjustmentGroup", id);
  }
}
