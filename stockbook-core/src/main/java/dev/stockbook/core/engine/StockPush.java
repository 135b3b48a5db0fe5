package dev.stockbook.core.engine;

import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.state.Binding;
import dev.stockbook.core.state.StockRecord;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;
import dev.stockbook.store.StoreProduct;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, writes and records stock quantities. A write carries what the store is believed to show,
 * so the connector can send a relative change; the store's answer is the new belief, and a write
 * that landed elsewhere than intended (the belief was stale) is corrected once at once. Every SKU's
 * outcome, good or bad, is recorded where the operator sees it.
 */
final class StockPush {
  /** Status of a SKU whose write was sent and not yet answered. */
  static final String WRITING = "writing";

  private final SyncContext ctx;

  StockPush(SyncContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A planned write; {@code drift} says, for a sweep's write, what the store showed instead, so the
   * record keeps telling the operator after the fix.
   */
  private record Planned(Binding binding, StockTarget target, long storeShows, String drift) {}

  /** Publishes the candidates (incremental path); returns how many quantities were written. */
  int publish(
      Collection<Binding> candidates, Map<String, BooksItem> itemsById, PendingQuantities pending) {
    Map<String, StockRecord> records = new HashMap<>(); // one read per candidate, not per use
    candidates.forEach(
        b ->
            ctx.state()
                .stock()
                .find(ctx.connection(), b.sku())
                .ifPresent(r -> records.put(r.sku(), r)));
    Map<String, StoreProduct> fresh = readUnknown(candidates, records);
    List<Planned> planned = new ArrayList<>();
    for (Binding candidate : candidates) {
      Binding binding = boundTo(candidate, fresh.get(candidate.sku()));
      if (ctx.settings().excludedSkus().contains(binding.sku())) {
        continue;
      }
      if (!binding.bound()) {
        save(
            binding.sku(),
            null,
            null,
            null,
            "unbound",
            "The store has no product with this SKU yet; the next full sweep binds it when one"
                + " appears.");
        continue;
      }
      BooksItem item = itemsById.get(binding.booksItemId());
      Optional<StockRecord> record = Optional.ofNullable(records.get(binding.sku()));
      StoreProduct read = fresh.get(binding.sku());
      Long shows =
          record
              .map(StockRecord::storeQuantity)
              .orElse(read != null && read.managesStock() ? read.stockQuantity() : null);
      if (item == null) {
        save(
            binding.sku(),
            null,
            null,
            shows,
            "error",
            "QuickBooks item " + binding.booksItemId() + " was not found (inactive or deleted).");
        continue;
      }
      StockTarget target =
          StockTarget.of(item, binding.sku(), pending.of(binding.sku()), ctx.settings());
      if (shows == null && read == null) {
        save(
            binding.sku(),
            target.booksOnHand(),
            null,
            null,
            "error",
            "SKU "
                + binding.sku()
                + ": the store has no product with this SKU any more (deleted?); nothing was written.");
      } else if (shows == null) {
        save(
            binding.sku(),
            target.booksOnHand(),
            null,
            null,
            "not-managed",
            "The store does not manage stock for this SKU.");
      } else if (target.quantity() != shows) {
        planned.add(new Planned(binding, target, shows, null));
      } else {
        save(
            binding.sku(),
            target.booksOnHand(),
            record.map(StockRecord::publishedQuantity).orElse(null),
            shows,
            "in-sync",
            target.note());
      }
    }
    return write(planned).size();
  }

  /** The reconciliation of every store product; with {@code fix}, differences are written. */
  List<StockRow> reconcile(
      List<StoreProduct> products,
      Map<String, Binding> bindings,
      Map<String, BooksItem> byId,
      PendingQuantities pending,
      boolean fix) {
    List<StockRow> rows = new ArrayList<>();
    List<Planned> planned = new ArrayList<>();
    Map<String, Integer> rowOf = new HashMap<>();
    for (StoreProduct product : products) {
      Binding binding = bindings.get(product.sku());
      long pendingQty = pending.of(product.sku()).longValue();
      Long shows = product.managesStock() ? product.stockQuantity() : null;
      if (ctx.settings().excludedSkus().contains(product.sku())) {
        rows.add(
            unpublished(
                product.sku(), pendingQty, shows, "excluded", "Excluded from stock publishing."));
      } else if (binding == null && product.isParent()) {
        rows.add(
            unpublished(
                product.sku(),
                pendingQty,
                shows,
                "parent",
                "Its variations carry the stock; each has its own row."));
      } else if (binding == null) {
        rows.add(
            unpublished(
                product.sku(),
                pendingQty,
                shows,
                "unbound",
                "No QuickBooks item matches this SKU."));
      } else if (!binding.tracked() || shows == null || !byId.containsKey(binding.booksItemId())) {
        rows.add(
            unpublished(
                product.sku(),
                pendingQty,
                shows,
                "not-managed",
                "Stock is not tracked on both sides (QuickBooks inventory item and store stock management)."));
      } else {
        StockTarget target =
            StockTarget.of(
                byId.get(binding.booksItemId()),
                product.sku(),
                pending.of(product.sku()),
                ctx.settings());
        boolean same = target.quantity() == shows;
        rows.add(
            new StockRow(
                product.sku(),
                target.booksOnHand(),
                target.pending(),
                target.quantity(),
                shows,
                same ? "in-sync" : "drift",
                target.note()));
        save(
            product.sku(),
            target.booksOnHand(),
            null,
            shows,
            same ? "in-sync" : "drift",
            same
                ? target.note()
                : "The store shows " + shows + " but should show " + target.quantity() + ".");
        if (!same && fix) {
          rowOf.put(product.sku(), rows.size() - 1);
          planned.add(
              new Planned(
                  binding,
                  target,
                  shows,
                  "The store showed "
                      + shows
                      + " but should show "
                      + target.quantity()
                      + " (edited in the store?); Stockbook wrote "
                      + target.quantity()
                      + "."));
        }
      }
    }
    for (StockWriteResult result : write(planned)) {
      int i = rowOf.get(result.write().sku());
      StockRow row = rows.get(i);
      rows.set(
          i,
          new StockRow(
              row.sku(),
              row.booksOnHand(),
              row.pending(),
              row.shouldShow(),
              result.ok() ? result.storeQuantity() : row.storeShows(),
              result.ok() ? "fixed" : "error",
              result.error()));
    }
    return rows;
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
   * for them, so what the store shows would be read for nothing (an excluded SKU has no record, and
   * would otherwise be read again on every change).
   */
  private Map<String, StoreProduct> readUnknown(
      Collection<Binding> candidates, Map<String, StockRecord> records) {
    List<String> unknown =
        candidates.stream()
            .filter(b -> !ctx.settings().excludedSkus().contains(b.sku()))
            .filter(
                b ->
                    !b.bound()
                        || records.get(b.sku()) == null
                        || records.get(b.sku()).storeQuantity() == null)
            .map(Binding::sku)
            .toList();
    Map<String, StoreProduct> found = new HashMap<>();
    if (!unknown.isEmpty()) {
      ctx.store().productsBySku(unknown).forEach(p -> found.put(p.sku(), p));
    }
    return found;
  }

  /** Writes, corrects once where the store ended elsewhere, records; returns the final results. */
  private List<StockWriteResult> write(List<Planned> planned) {
    if (planned.isEmpty()) {
      return List.of();
    }
    Map<String, Planned> bySku = new HashMap<>();
    List<StockWrite> writes = new ArrayList<>();
    for (Planned p : planned) {
      bySku.put(p.binding().sku(), p);
      writes.add(
          new StockWrite(
              p.binding().store(), p.binding().sku(), p.target().quantity(), p.storeShows()));
    }
    // write-ahead, as for QuickBooks postings: until the store answers, what it shows is unknown,
    // so
    // a crash here leaves SKUs that the next cycle re-reads instead of trusting a stale belief
    for (Planned p : planned) {
      save(
          p.binding().sku(),
          p.target().booksOnHand(),
          null,
          null,
          WRITING,
          "A stock write to the store is in flight; if Stockbook stopped meanwhile the next cycle reads the store again.");
    }
    List<StockWriteResult> results = new ArrayList<>(send(writes));
    List<StockWrite> corrections =
        results.stream()
            .filter(
                r ->
                    r.ok()
                        && r.storeQuantity() != null
                        && r.storeQuantity() != r.write().quantity())
            .map(
                r ->
                    new StockWrite(
                        r.write().address(),
                        r.write().sku(),
                        r.write().quantity(),
                        r.storeQuantity()))
            .toList();
    if (!corrections.isEmpty()) {
      Map<String, StockWriteResult> corrected = new HashMap<>();
      send(corrections).forEach(r -> corrected.put(r.write().sku(), r));
      results.replaceAll(r -> corrected.getOrDefault(r.write().sku(), r));
    }
    for (StockWriteResult r : results) {
      Planned p = bySku.get(r.write().sku());
      if (r.ok()) {
        long now = r.storeQuantity() != null ? r.storeQuantity() : r.write().quantity();
        boolean fixed = p.drift() != null;
        save(
            r.write().sku(),
            p.target().booksOnHand(),
            r.write().quantity(),
            now,
            fixed ? "fixed" : "in-sync",
            fixed ? join(p.drift(), p.target().note()) : p.target().note());
      } else {
        // a retriable failure may have landed (the answer was lost): forget the belief, so the
        // retry reads what the store shows instead of sending the same change twice
        save(
            r.write().sku(),
            p.target().booksOnHand(),
            null,
            r.retriable() ? null : p.storeShows(),
            "error",
            "SKU "
                + r.write().sku()
                + ": the store refused "
                + r.write().quantity()
                + ": "
                + r.error());
      }
    }
    return results;
  }

  private List<StockWriteResult> send(List<StockWrite> writes) {
    try {
      return ctx.store().writeStock(writes);
    } catch (RetriableStoreException | PermanentStoreException e) {
      return writes.stream()
          .map(
              w ->
                  StockWriteResult.rejected(
                      w, e.getMessage(), e instanceof RetriableStoreException))
          .toList();
    }
  }

  private static String join(String first, String second) {
    return second == null ? first : first + " " + second;
  }

  /**
   * Records a SKU's outcome; a record that would not change is left alone (a no-op cycle writes
   * nothing).
   */
  private void save(
      String sku, Long books, Long published, Long shows, String status, String message) {
    Optional<StockRecord> known = ctx.state().stock().find(ctx.connection(), sku);
    Long keep =
        published != null ? published : known.map(StockRecord::publishedQuantity).orElse(null);
    StockRecord now =
        new StockRecord(
            ctx.connection(), sku, books, keep, shows, ctx.clock().instant(), status, message);
    if (known.map(k -> sameApartFromTime(k, now)).orElse(false)) {
      return;
    }
    ctx.state().stock().save(now);
  }

  private static boolean sameApartFromTime(StockRecord a, StockRecord b) {
    return Objects.equals(a.booksQuantity(), b.booksQuantity())
        && Objects.equals(a.publishedQuantity(), b.publishedQuantity())
        && Objects.equals(a.storeQuantity(), b.storeQuantity())
        && Objects.equals(a.status(), b.status())
        && Objects.equals(a.message(), b.message());
  }

  /** A row of a SKU Stockbook does not publish, and why. */
  private static StockRow unpublished(
      String sku, long pending, Long shows, String status, String note) {
    return new StockRow(sku, null, pending, null, shows, status, note);
  }
}
