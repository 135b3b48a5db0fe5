package dev.stockbook.core.engine.followups;

import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.PostedDocument;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.documents.DocumentBuilder;
import dev.stockbook.core.engine.items.ItemResolver;
import dev.stockbook.core.engine.ledger.LedgerWriter;
import dev.stockbook.core.engine.orders.OrderChecks;
import dev.stockbook.core.engine.orders.OrderPoster;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.core.state.PostingState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.StoreOrder;
import java.util.Map;
import java.util.Optional;

/**
 * An order changed in the store after it was posted (lines, quantities, charges: a new revision)
 * gets its QuickBooks document rewritten, once per revision, under the ledger key {@code
 * update(order, revision)}. The row is written before the request; a lost answer is settled by
 * looking the document up with that key, like a sale's.
 */
final class SaleUpdater {
  private final SyncContext ctx;
  private final ItemResolver items;
  private final LedgerWriter writer;

  SaleUpdater(SyncContext ctx, ItemResolver items, LedgerWriter writer) {
    this.ctx = ctx;
    this.items = items;
    this.writer = writer;
  }

  /**
   * Writes the order's current revision over its document unless it is there already; returns 1 if
   * written.
   */
  int bringUpToDate(TrackedOrder order) {
    String key = ctx.keys().update(order.orderId(), order.revision());
    Optional<Posting> existing = ctx.state().postings().find(key);
    if (postedAtRevision(order)
        || existing.filter(p -> p.state() != PostingState.NOT_APPLIED).isPresent()) {
      return 0;
    }
    StoreOrder store = order.snapshot();
    String label = "Order #" + store.number() + " changed in the store after it was posted";
    Optional<String> problem = OrderChecks.problem(store, order.booksDocNumber());
    Map<String, String> itemIds = items.resolve(store.lines());
    DocumentBuilder.Result result =
        problem.isPresent()
            ? DocumentBuilder.Result.problem(problem.get())
            : new OrderPoster(ctx, items, writer)
                .document(store, order.documentKind(), key, order.booksDocNumber(), itemIds);
    if (result.problem() != null) {
      ctx.state()
          .orders()
          .save(
              order.withState(
                  OrderState.POSTED,
                  label + "; its QuickBooks document was not updated: " + result.problem()));
      return 0;
    }
    Posting posting =
        Posting.sending(
            key,
            ctx.connection(),
            order.orderId(),
            PostingKind.UPDATE,
            order.booksDocNumber(),
            ctx.clock().instant());
    if (!ctx.state().postings().begin(posting)) {
      return 0;
    }
    PostOutcome outcome = send(order, result, key);
    writer.record(posting, outcome);
    if (outcome.status().refused()) {
      ctx.state()
          .orders()
          .save(
              order.withState(
                  OrderState.POSTED,
                  label + "; QuickBooks refused the update: " + outcome.message()));
    }
    return outcome.status() == PostOutcome.Status.POSTED ? 1 : 0;
  }

  private PostOutcome send(TrackedOrder order, DocumentBuilder.Result result, String key) {
    try {
      return ctx.books()
          .updateDocument(
              new PostedDocument(
                  order.documentKind(), order.booksId(), order.booksDocNumber(), null, null),
              result.document());
    } catch (RetriableBooksException e) {
      return PostOutcome.uncertain(key, e.getMessage());
    }
  }

  /**
   * Whether this revision is in QuickBooks already: posted as the sale itself, or by an earlier
   * update.
   */
  private boolean postedAtRevision(TrackedOrder order) {
    String sale = ctx.keys().sale(order.orderId(), order.revision(), 1);
    String update = ctx.keys().update(order.orderId(), order.revision());
    return ctx.state().postings().forOrder(ctx.connection(), order.orderId()).stream()
        .filter(p -> p.state() == PostingState.DONE)
        .anyMatch(
            p -> p.key().equals(sale) || p.key().startsWith(sale + "-a") || p.key().equals(update));
  }
}
