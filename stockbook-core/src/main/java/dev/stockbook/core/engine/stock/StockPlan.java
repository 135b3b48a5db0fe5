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
  private static final String NO_PRODUCT_YET =
      "The store has no product with this SKU yet; the next full sweep binds it when one appears.";
  private static final String NOT_MANAGED = "The store does not manage stock for this SKU.";

  private final SyncContext ctx;
  private final StockRecords records;

  StockPlan(SyncContext ctx, StockRecords records) {
    this.ctx = ctx;
    this.records = records;
  }

  /**
   * The writes the candidates need. Excluded SKUs are skipped: nothing is written for them, so what
   * the store shows would be read for nothing.
   */
  List<PlannedWrite> plan(
      Collection<Binding> candidates, Map<String, BooksItem> itemsById, PendingQuantities pending) {
    List<Binding> published =
        candidates.stream().filter(b -> !ctx.settings().excludedSkus().contains(b.sku())).toList();
    Map<String, StockRecord> known = knownRecords(published);
    Map<String, StoreProduct> fresh = readUnknown(published, known);
    List<PlannedWrite> planned = new ArrayList<>();
    for (Binding listed : published) {
      Binding binding = boundTo(listed, fresh.get(listed.sku()));
      String sku = binding.sku();
      Candidate candidate =
          new Candidate(
              binding, itemsById.get(binding.booksItemId()), known.get(sku), fresh.get(sku));
      decide(candidate, pending).ifPresent(planned::add);
    }
    return planned;
  }

  /** What is known of one candidate SKU: its binding, its item, its record and a fresh read. */
  private record Candidate(Binding binding, BooksItem item, StockRecord record, StoreProduct read) {
    /** What the store shows: the belief if there is one, else what was just read. */
    Long shows() {
      if (record != null && record.storeQuantity() != null) {
        return record.storeQuantity();
      }
      return read != null && read.managesStock() ? read.stockQuantity() : null;
    }
  }

  private Optional<PlannedWrite> decide(Candidate seen, PendingQuantities pending) {
    String sku = seen.binding().sku();
    if (!seen.binding().bound() || seen.item() == null) {
      records.save(sku, unpublishable(seen));
      return Optional.empty();
    }
    StockTarget target =
        StockTarget.of(seen.item(), sku, pending.of(seen.binding()), ctx.settings());
    Long shows = seen.shows();
    if (shows != null && target.quantity() != shows) {
      return Optional.of(new PlannedWrite(seen.binding(), target, shows, null));
    }
    records.save(sku, notWritten(seen, target));
    return Optional.empty();
  }

  /** Why a SKU without a store product or without its QuickBooks item cannot be published. */
  private static StockOutcome unpublishable(Candidate seen) {
    if (!seen.binding().bound()) {
      return StockOutcome.of(StockStatus.UNBOUND, NO_PRODUCT_YET);
    }
    String missing =
        "QuickBooks item " + seen.binding().booksItemId() + " was not found (inactive or deleted).";
    return StockOutcome.of(StockStatus.ERROR, missing).withShows(seen.shows());
  }

  /** Why a bound SKU with its QuickBooks item needs no write. */
  private static StockOutcome notWritten(Candidate seen, StockTarget target) {
    if (seen.shows() == null && seen.read() == null) {
      String deleted =
          "SKU "
              + seen.binding().sku()
              + ": the store has no product with this SKU any more (deleted?); nothing was"
              + " written.";
      return StockOutcome.of(StockStatus.ERROR, deleted).withBooks(target.booksOnHand());
    }
    if (seen.shows() == null) {
      return StockOutcome.of(StockStatus.NOT_MANAGED, NOT_MANAGED).withBooks(target.booksOnHand());
    }
    return StockOutcome.of(StockStatus.IN_SYNC, target.note())
        .withBooks(target.booksOnHand())
        .withPublished(seen.record() == null ? null : seen.record().publishedQuantity())
        .withShows(seen.shows());
  }

  /** One read per candidate, not per use. */
  private Map<String, StockRecord> knownRecords(Collection<Binding> candidates) {
    Map<String, StockRecord> known = new HashMap<>();
    candidates.forEach(b -> records.find(b.sku()).ifPresent(r -> known.put(r.sku(), r)));
    return known;
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
    Binding bound = binding.withStore(product.address(), binding.tracked());
    ctx.state().bindings().save(bound);
    return bound;
  }

  /**
   * Reads from the store the SKUs with no belief yet, and those whose store product is not known
   * (one batched lookup); absent SKUs are missing.
   */
  private Map<String, StoreProduct> readUnknown(
      Collection<Binding> candidates, Map<String, StockRecord> known) {
    List<String> unknown =
        candidates.stream()
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
