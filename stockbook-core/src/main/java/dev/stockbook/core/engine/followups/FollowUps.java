package dev.stockbook.core.engine.followups;

import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.documents.Documents;
import dev.stockbook.core.engine.orders.OrderIntake;
import dev.stockbook.core.engine.stock.StoreStockModel;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.core.state.PostingState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import java.util.Comparator;
import java.util.List;

/**
 * The writes a posted order still owes QuickBooks (a refund receipt per store refund, a void when
 * it was cancelled), written into the ledger as rows to send ({@link PostingState#NOT_APPLIED})
 * BEFORE the order itself is saved. A process killed right after recording a refund or a
 * cancellation, or right after posting a sale that already had refunds, leaves these rows, and the
 * next cycle sends them: the order will not change in the store again to remind anyone.
 */
public final class FollowUps {
  private final SyncContext ctx;

  public FollowUps(SyncContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Notes what {@code order} (posted, with its newest snapshot) still needs; call before saving it.
   */
  public void note(TrackedOrder order) {
    if (owesVoid(order.snapshot()) && !ctx.settings().bookkeeping().dailySummary()) {
      intend(
          ctx.keys().voidOf(order.orderId(), order.revision()),
          order,
          PostingKind.VOID,
          order.booksDocNumber());
      return;
    }
    for (StoreRefund refund : inOrder(order.snapshot().refunds())) {
      noteRefund(order, refund);
    }
  }

  /** Whether a posted order's document is to be voided: cancelled, or no longer a sale. */
  boolean owesVoid(StoreOrder store) {
    return OrderIntake.cancelled(store) || !ctx.settings().sells(store);
  }

  private void noteRefund(TrackedOrder order, StoreRefund refund) {
    String key = ctx.keys().refund(order.orderId(), refund.id());
    if (ctx.state().postings().find(key).isPresent()) {
      return;
    }
    String number =
        Documents.refundNumber(order.snapshot(), nextRefundIndex(order), ctx.settings());
    intend(key, order, PostingKind.REFUND, number);
    new StoreStockModel(ctx).restocked(refund); // the store put the refunded units back by itself
  }

  public static List<StoreRefund> inOrder(List<StoreRefund> refunds) {
    return refunds.stream()
        .sorted(
            Comparator.comparing(StoreRefund::createdAt)
                .thenComparing(r -> r.id().length())
                .thenComparing(StoreRefund::id))
        .toList();
  }

  /**
   * Refunds are numbered -R1, -R2... in the order Stockbook first notes them; a number stays with
   * its refund.
   */
  int nextRefundIndex(TrackedOrder order) {
    return 1
        + (int)
            ctx.state().postings().forOrder(ctx.connection(), order.orderId()).stream()
                .filter(p -> p.kind() == PostingKind.REFUND)
                .count();
  }

  private void intend(String key, TrackedOrder order, PostingKind kind, String docNumber) {
    if (ctx.state().postings().find(key).isPresent()) {
      return;
    }
    if (ctx.state().postings().begin(ctx.sending(key, order.orderId(), kind, docNumber))) {
      // a crash between these two leaves SENDING, which the resolver settles as not applied after a
      // lookup
      ctx.state()
          .postings()
          .record(key, PostingState.NOT_APPLIED, null, "to send", ctx.clock().instant());
    }
  }
}
