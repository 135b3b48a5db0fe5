package dev.stockbook.core.engine.stock;

import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.state.Binding;
import dev.stockbook.core.state.StockRecord;
import dev.stockbook.core.state.StockStatus;
import dev.stockbook.store.StoreProduct;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The incremental path's decisions: for each candidate SKU, what the store should show against what
 * it is believed to show, and so whether to write. SKUs with no belief yet (and bindings whose
 * store product is not known) are read from the store in one lookup; everything not written is
 * recorded with its reason.
 */
final class StockPlan {
  private final SyncContext ctx;
  private final StockRecords records;

  StockPlan(SyncContext ctx, StockRecords records) {
    this.ctx = ctx;
    this.records = records;
  }

  /** The writes the candidates need. */
  List<PlannedWrite> plan(
      Collection<Binding> candidates, Map<String, BooksItem> itemsById, PendingQuantities pending) {
    Map<String, StockRecord> known = new HashMap<>(); // one read per candidate, not per use
    candidates.forEach(b -> records.find(b.sku()).ifPresent(r -> known.put(r.sku(), r)));
    Map<String, StoreProduct> fresh = readUnknown(candidates, known);
    List<PlannedWrite> planned = new ArrayList<>();
    for (Binding candidate : candidates) {
      if (ctx.settings().excludedSkus().contains(candidate.sku())) {
        continue;
      }
      Binding binding = boundTo(candidate, fresh.get(candidate.sku()));
      decide(
              binding,
              itemsById.get(binding.booksItemId()),
              known.get(binding.sku()),
              fresh.get(binding.sku()),
              pending)
          .ifPresent(planned::add);
    }
    return planned;
  }

  private Optional<PlannedWrite> decide(
      Binding binding,
      BooksItem item,
      StockRecord record,
      StoreProduct read,
      PendingQuantities pending) {
    String sku = binding.sku();
    Long shows =
        record != null && record.storeQuantity() != null
            ? record.storeQuantity()
            : read != null && read.managesStock() ? read.stockQuantity() : null;
    if (!binding.bound()) {
      records.save(
          sku,
          null,
          null,
          null,
          StockStatus.UNBOUND,
          "The store has no product with this SKU yet; the next full sweep binds it when one"
              + " appears.");
      return Optional.empty();
    }
    if (item == null) {
      records.save(
          sku,
          null,
          null,
          shows,
          StockStatus.ERROR,
          "QuickBooks item " + binding.booksItemId() + " was not found (inactive or deleted).");
      return Optional.empty();
    }
    StockTarget target = StockTarget.of(item, sku, pending.of(sku), ctx.settings());
    if (shows == null && read == null) {
      records.save(
          sku,
          target.booksOnHand(),
          null,
          null,
          StockStatus.ERROR,
          "SKU "
              + sku
              + ": the store has no product with this SKU any more (deleted?); nothing"
              + " was written.");
    } else if (shows == null) {
      records.save(
          sku,
          target.booksOnHand(),
          null,
          null,
          StockStatus.NOT_MANAGED,
          "The store does not manage stock for this SKU.");
    } else if (target.quantity() != shows) {
      return Optional.of(new PlannedWrite(binding, target, shows, null));
    } else {
      records.save(
          sku,
          target.booksOnHand(),
          record == null ? null : record.publishedQuantity(),
          shows,
          StockStatus.IN_SYNC,
          target.note());
    }
    return Optional.empty();
  }

  /**
   * A binding whose store product was not known (the item was found or created from an order line)
   * is bound to the product the store lists under its SKU, read in the same lookup as the unknown
   * quantities.
   */
  private Binding boundTo(Binding binding, StoreProduct product) {
    if (binding.bound() || product == null) {
      return binding;
    }
    Binding bound =
        new Binding(
            binding.connection(),
            binding.sku(),
            binding.booksItemId(),
            product.address(),
            binding.tracked(),
            binding.origin());
    ctx.state().bindings().save(bound);
    return bound;
  }

  /**
   * Reads from the store the SKUs with no belief yet, and those whose store product is not known
   * (one batched lookup); absent SKUs are missing. Excluded SKUs are skipped: nothing is written
   * for them, so what the store shows would be read for nothing.
   */
  private Map<String, StoreProduct> readUnknown(
      Collection<Binding> candidates, Map<String, StockRecord> known) {
    List<String> unknown =
        candidates.stream()
            .filter(b -> !ctx.settings().excludedSkus().contains(b.sku()))
            .filter(
                b ->
                    !b.bound()
                        || known.get(b.sku()) == null
                        || known.get(b.sku()).storeQuantity() == null)
            .map(Binding::sku)
            .toList();
    Map<String, StoreProduct> found = new HashMap<>();
    if (!unknown.isEmpty()) {
      ctx.store().productsBySku(unknown).forEach(p -> found.put(p.sku(), p));
    }
    return found;
  }
}
