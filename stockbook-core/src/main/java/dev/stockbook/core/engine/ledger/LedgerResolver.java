package dev.stockbook.core.engine.ledger;

import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.PostedDocument;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.documents.Documents;
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
    Optional<TrackedOrder> order = ctx.state().orders().find(ctx.connection(), posting.orderId());
    if (posting.kind() == PostingKind.VOID
        || posting.kind() == PostingKind.ITEM
        || order.isEmpty()) {
      // voiding again is harmless; items are de-duplicated by name
      settle(posting, PostingState.NOT_APPLIED, null);
      return;
    }
    List<DocumentKind> kinds =
        posting.kind() == PostingKind.REFUND
            ? List.of(DocumentKind.REFUND_RECEIPT)
            : List.of(
                Documents.saleKind(order.get().snapshot(), ctx.settings()),
                DocumentKind.SALES_RECEIPT,
                DocumentKind.INVOICE);
    for (DocumentKind kind : kinds.stream().distinct().toList()) {
      Optional<PostedDocument> found =
          ctx.books().findPosted(kind, posting.docNumber(), posting.key());
      if (found.isPresent()) {
        settle(posting, PostingState.DONE, found.get().id());
        if (posting.kind() == PostingKind.SALE && order.get().state() != OrderState.POSTED) {
          TrackedOrder posted =
              order
                  .get()
                  .posted(kind, found.get().id(), posting.docNumber(), ctx.clock().instant());
          new FollowUps(ctx).note(posted);
          ctx.state().orders().save(posted);
          foundSales.add(posting.orderId());
        }
        return;
      }
    }
    settle(posting, PostingState.NOT_APPLIED, null);
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
