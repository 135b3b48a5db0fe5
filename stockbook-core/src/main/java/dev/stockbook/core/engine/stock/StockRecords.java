package dev.stockbook.core.engine.stock;

import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.state.StockRecord;
import java.util.Objects;
import java.util.Optional;

/** Where every SKU's outcome, good or bad, is recorded for the operator to see. */
final class StockRecords {
  private final SyncContext ctx;

  StockRecords(SyncContext ctx) {
    this.ctx = ctx;
  }

  Optional<StockRecord> find(String sku) {
    return ctx.state().stock().find(ctx.connection(), sku);
  }

  /**
   * Records a SKU's outcome; a record that would not change is left alone (a no-op cycle writes
   * nothing). An outcome without a published quantity keeps the last published quantity.
   */
  void save(String sku, StockOutcome outcome) {
    Optional<StockRecord> known = find(sku);
    Long lastPublished = known.map(StockRecord::publishedQuantity).orElse(null);
    StockRecord now = recordOf(sku, outcome, lastPublished);
    if (known.map(k -> sameApartFromTime(k, now)).orElse(false)) {
      return;
    }
    ctx.state().stock().save(now);
  }

  private StockRecord recordOf(String sku, StockOutcome outcome, Long lastPublished) {
    Long published = outcome.published() != null ? outcome.published() : lastPublished;
    return new StockRecord(
        ctx.connection(),
        sku,
        outcome.books(),
        published,
        outcome.shows(),
        ctx.clock().instant(),
        outcome.status(),
        outcome.message());
  }

  private static boolean sameApartFromTime(StockRecord a, StockRecord b) {
    return Objects.equals(a.booksQuantity(), b.booksQuantity())
        && Objects.equals(a.publishedQuantity(), b.publishedQuantity())
        && Objects.equals(a.storeQuantity(), b.storeQuantity())
        && a.status() == b.status()
        && Objects.equals(a.message(), b.message());
  }
}
