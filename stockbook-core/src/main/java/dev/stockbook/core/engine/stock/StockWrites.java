package dev.stockbook.core.engine.stock;

import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.state.StockStatus;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes planned quantities. A write carries what the store is believed to show, so the connector
 * can keep a concurrent sale; the store's answer is the new belief, and a write that landed
 * elsewhere than intended (the belief was stale) is corrected once at once. Every outcome is
 * recorded.
 */
final class StockWrites {
  private static final String IN_FLIGHT =
      "A stock write to the store is in flight; if Stockbook stopped meanwhile the next cycle reads"
          + " the store again.";

  private final SyncContext ctx;
  private final StockRecords records;

  StockWrites(SyncContext ctx, StockRecords records) {
    this.ctx = ctx;
    this.records = records;
  }

  /** Writes, corrects once where the store ended elsewhere, records; returns the final results. */
  List<StockWriteResult> write(List<PlannedWrite> planned) {
    if (planned.isEmpty()) {
      return List.of();
    }
    Map<String, PlannedWrite> bySku = new HashMap<>();
    planned.forEach(p -> bySku.put(p.sku(), p));
    markWriting(planned);
    List<StockWriteResult> results = new ArrayList<>(send(writes(planned)));
    correctOnce(results);
    results.forEach(r -> record(r, bySku.get(r.write().sku())));
    return results;
  }

  private static List<StockWrite> writes(List<PlannedWrite> planned) {
    return planned.stream()
        .map(
            p ->
                new StockWrite(p.binding().store(), p.sku(), p.target().quantity(), p.storeShows()))
        .toList();
  }

  /**
   * Write-ahead, as for QuickBooks postings: until the store answers, what it shows is unknown, so
   * a crash here leaves SKUs that the next cycle re-reads instead of trusting a stale belief.
   */
  private void markWriting(List<PlannedWrite> planned) {
    for (PlannedWrite p : planned) {
      records.save(
          p.sku(),
          StockOutcome.of(StockStatus.WRITING, IN_FLIGHT).withBooks(p.target().booksOnHand()));
    }
  }

  /** Where the store answered another quantity than asked, asks once more from that quantity. */
  private void correctOnce(List<StockWriteResult> results) {
    List<StockWrite> corrections =
        results.stream().filter(StockWrites::landedElsewhere).map(StockWrites::correction).toList();
    if (!corrections.isEmpty()) {
      Map<String, StockWriteResult> corrected = new HashMap<>();
      send(corrections).forEach(r -> corrected.put(r.write().sku(), r));
      results.replaceAll(r -> corrected.getOrDefault(r.write().sku(), r));
    }
  }

  /**
   * The store ended at, or stayed at, another quantity than asked: a relative write from a stale
   * belief, or a compare-and-swap the store refused because a sale came first; either way the
   * answer says what the store shows now, to write from once more.
   */
  private static boolean landedElsewhere(StockWriteResult r) {
    boolean answered = r.ok() || r.retriable();
    return answered && r.storeQuantity() != null && r.storeQuantity() != r.write().quantity();
  }

  /** The same quantity again, from what the store answered it shows. */
  private static StockWrite correction(StockWriteResult r) {
    StockWrite asked = r.write();
    return new StockWrite(asked.address(), asked.sku(), asked.quantity(), r.storeQuantity());
  }

  private void record(StockWriteResult r, PlannedWrite p) {
    records.save(r.write().sku(), r.ok() ? landed(r, p) : refused(r, p));
  }

  private static StockOutcome landed(StockWriteResult r, PlannedWrite p) {
    long now = r.storeQuantity() != null ? r.storeQuantity() : r.write().quantity();
    boolean fixed = p.drift() != null;
    return StockOutcome.of(
            fixed ? StockStatus.FIXED : StockStatus.IN_SYNC,
            fixed ? join(p.drift(), p.target().note()) : p.target().note())
        .withBooks(p.target().booksOnHand())
        .withPublished(r.write().quantity())
        .withShows(now);
  }

  /**
   * A retriable failure may have landed (the answer was lost): the belief is forgotten, so the
   * retry reads what the store shows instead of sending the same change twice.
   */
  private static StockOutcome refused(StockWriteResult r, PlannedWrite p) {
    String message =
        "SKU " + r.write().sku() + ": the store refused " + r.write().quantity() + ": " + r.error();
    return StockOutcome.of(StockStatus.ERROR, message)
        .withBooks(p.target().booksOnHand())
        .withShows(r.retriable() ? null : p.storeShows());
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
}
