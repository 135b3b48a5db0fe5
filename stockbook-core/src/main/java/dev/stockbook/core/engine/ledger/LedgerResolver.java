package dev.stockbook.core.engine.ledger;

import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.PostedDocument;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.documents.Documents;
import dev.stockbook.core.engine.documents.SummaryBuilder;
import dev.stockbook.core.engine.followups.FollowUps;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.core.state.PostingState;
import dev.stockbook.core.state.TrackedOrder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Settles writes whose outcome is unknown (a crash after the ledger row was written, a lost
 * response) by looking the document up in QuickBooks by number and posting key. Found: the row is
 * done. Not found: it certainly was not applied, and may be sent again under the same key. This
 * runs before anything else in a cycle, so nothing is ever sent twice blindly.
 */
public final class LedgerResolver {
  private final SyncContext ctx;
  private final Set<String> foundSales = new LinkedHashSet<>();
  private final java.util.Map<String, Optional<PostedDocument>> summaries =
      new java.util.HashMap<>();

  public LedgerResolver(SyncContext ctx) {
    this.ctx = ctx;
  }

  /** Returns how many rows could not be settled now (QuickBooks unreachable). */
  public int resolveAll() {
    int open = 0;
    for (Posting posting : ctx.state().postings().unresolved(ctx.connection())) {
      try {
        resolve(posting);
      } catch (RetriableBooksException e) {
        open++;
      }
    }
    return open;
  }

  private void resolve(Posting posting) {
    if (posting.kind() == PostingKind.SUMMARY) {
      resolveSummaryRow(posting);
      return;
    }
    Optional<TrackedOrder> order = ctx.state().orders().find(ctx.connection(), posting.orderId());
    // voiding again is harmless; items are de-duplicated by name: neither is looked up
    boolean lookedUp =
        order.isPresent()
            && posting.kind() != PostingKind.VOID
            && posting.kind() != PostingKind.ITEM;
    Optional<Found> found = lookedUp ? lookUp(posting, order.get()) : Optional.empty();
    if (found.isEmpty()) {
      settle(posting, PostingState.NOT_APPLIED, null);
      return;
    }
    // one commit: another store of the company reading this one's pending sales sees the sale
    // either still waiting with its row unresolved or posted, never done but waiting
    ctx.state()
        .inOneTransaction(
            () -> {
              settle(posting, PostingState.DONE, found.get().document().id());
              if (posting.kind() == PostingKind.SALE && order.get().state() != OrderState.POSTED) {
                recordPosted(order.get(), posting, found.get());
              }
            });
  }

  /**
   * A row of a daily summary (the summary, or an order or refund it holds): all of them are settled
   * by finding the summary receipt by its number and key, looked up once per pass.
   */
  private void resolveSummaryRow(Posting posting) {
    Optional<PostedDocument> found =
        summaries.computeIfAbsent(posting.docNumber(), this::findSummary);
    if (found.isEmpty()) {
      settle(posting, PostingState.NOT_APPLIED, null);
      return;
    }
    ctx.state().inOneTransaction(() -> settleSummaryRow(posting, found.get()));
  }

  private void settleSummaryRow(Posting posting, PostedDocument summary) {
    String id = summary.id();
    settle(posting, PostingState.DONE, id);
    if (posting.key().endsWith("-sr")) {
      String refundKey = posting.key().substring(0, posting.key().length() - 3);
      ctx.state()
          .postings()
          .record(
              refundKey,
              PostingState.DONE,
              id,
              "in summary " + posting.docNumber(),
              ctx.clock().instant());
      return;
    }
    ctx.state()
        .orders()
        .find(ctx.connection(), posting.orderId())
        .filter(o -> o.state() == OrderState.WAITING)
        .ifPresent(o -> recordPosted(o, posting, new Found(DocumentKind.SALES_RECEIPT, summary)));
  }

  private Optional<PostedDocument> findSummary(String docNumber) {
    return SummaryBuilder.parse(ctx.settings().docNumberPrefix(), docNumber)
        .flatMap(
            day -> {
              String key = ctx.keys().summary(day.getKey(), day.getValue());
              return ctx.books()
                  .findPosted(DocumentKind.SALES_RECEIPT, docNumber, key)
                  .or(() -> ctx.books().findPosted(DocumentKind.REFUND_RECEIPT, docNumber, key));
            });
  }

  /** A document found in QuickBooks, and the kind it was looked up as. */
  private record Found(DocumentKind kind, PostedDocument document) {}

  /** Looks the posting's document up as each kind it may have been written as, until found. */
  private Optional<Found> lookUp(Posting posting, TrackedOrder order) {
    for (DocumentKind kind : kindsOf(posting, order)) {
      Optional<PostedDocument> found =
          ctx.books().findPosted(kind, posting.docNumber(), posting.key());
      if (found.isPresent()) {
        return Optional.of(new Found(kind, found.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * A refund is a refund receipt; a sale is looked up first as the kind the settings choose for it
   * now, then as either kind (the settings, or whether it was paid, may have changed since).
   */
  private List<DocumentKind> kindsOf(Posting posting, TrackedOrder order) {
    if (posting.kind() == PostingKind.REFUND) {
      return List.of(DocumentKind.REFUND_RECEIPT);
    }
    return List.of(
            Documents.saleKind(order.snapshot(), ctx.settings()),
            DocumentKind.SALES_RECEIPT,
            DocumentKind.INVOICE)
        .stream()
        .distinct()
        .toList();
  }

  private void recordPosted(TrackedOrder order, Posting posting, Found found) {
    TrackedOrder posted =
        order.posted(
            found.kind(), found.document().id(), posting.docNumber(), ctx.clock().instant());
    new FollowUps(ctx).note(posted);
    ctx.state().orders().save(posted);
    foundSales.add(posting.orderId());
  }

  /**
   * Orders whose sale turned out to be in QuickBooks in this pass. The store may have cancelled or
   * refunded them while the write was uncertain (the order was then recorded as cancelled before
   * posting), so they go through the after-posting flow like orders read from the store.
   */
  public Set<String> foundSales() {
    return Set.copyOf(foundSales);
  }

  private void settle(Posting posting, PostingState state, String booksId) {
    String note =
        state == PostingState.DONE
            ? "found in QuickBooks after an uncertain write"
            : "not in QuickBooks; will be sent again";
    ctx.state().postings().record(posting.key(), state, booksId, note, ctx.clock().instant());
  }
}
