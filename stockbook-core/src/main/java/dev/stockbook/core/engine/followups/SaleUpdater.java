package dev.stockbook.core.engine.followups;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.PostOutcome;
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
    if (postedAtRevision(order) || underway(key)) {
      return 0;
    }
    Optional<BooksDocument> document = updatedDocument(order, key);
    Posting posting = ctx.sending(key, order.orderId(), PostingKind.UPDATE, order.booksDocNumber());
    if (document.isEmpty() || !ctx.state().postings().begin(posting)) {
      return 0;
    }
    PostOutcome outcome = send(order, document.get(), key);
    writer.record(posting, outcome);
    if (outcome.status().refused()) {
      noteOn(order, "QuickBooks refused the update: " + outcome.message());
    }
    return outcome.status() == PostOutcome.Status.POSTED ? 1 : 0;
  }

  /** The document at the order's current revision, or empty with the problem noted on the order. */
  private Optional<BooksDocument> updatedDocument(TrackedOrder order, String key) {
    StoreOrder store = order.snapshot();
    Optional<String> problem = OrderChecks.problem(store, order.booksDocNumber());
    Map<String, String> itemIds = items.resolve(store.lines());
    DocumentBuilder.Result result =
        problem.isPresent()
            ? DocumentBuilder.Result.problem(problem.get())
            : new OrderPoster(ctx, items, writer)
                .document(store, order.documentKind(), key, order.booksDocNumber(), itemIds);
    if (result.problem() != null) {
      noteOn(order, "its QuickBooks document was not updated: " + result.problem());
      return Optional.empty();
    }
    return Optional.of(result.document());
  }

  /** Keeps the order posted, with why its document does not show the store's change. */
  private void noteOn(TrackedOrder order, String what) {
    String label =
        "Order #" + order.snapshot().number() + " changed in the store after it was posted";
    ctx.state().orders().save(order.withState(OrderState.POSTED, label + "; " + what));
  }

  private PostOutcome send(TrackedOrder order, BooksDocument document, String key) {
    try {
      return ctx.books().updateDocument(order.postedDocument(), document);
    } catch (RetriableBooksException e) {
      return PostOutcome.uncertain(key, e.getMessage());
    }
  }

  /**
   * Whether the update was written already, or is being written (only a row not applied is not).
   */
  private boolean underway(String key) {
    return ctx.state()
        .postings()
        .find(key)
        .filter(p -> p.state() != PostingState.NOT_APPLIED)
        .isPresent();
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
