package dev.stockbook.core.engine.followups;

import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.PostedDocument;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.documents.DocumentBuilder;
import dev.stockbook.core.engine.documents.Documents;
import dev.stockbook.core.engine.items.ItemResolver;
import dev.stockbook.core.engine.ledger.LedgerWriter;
import dev.stockbook.core.engine.orders.OrderIntake;
import dev.stockbook.core.engine.stock.StoreStockModel;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.core.state.PostingState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What happens to an order after it was posted: a store refund becomes exactly one refund receipt,
 * a cancellation voids the posted sale, an edit is written over the posted document. All go through
 * the ledger like sales do.
 */
public final class AfterPosting {
  private final SyncContext ctx;
  private final ItemResolver items;
  private final LedgerWriter writer;
  private final StoreStockModel stockModel;

  public AfterPosting(
      SyncContext ctx, ItemResolver items, LedgerWriter writer, StoreStockModel stockModel) {
    this.ctx = ctx;
    this.items = items;
    this.writer = writer;
    this.stockModel = stockModel;
  }

  /**
   * Handles the given orders plus any whose refund or void must be sent again; returns documents
   * written.
   */
  public int handle(Collection<String> touchedOrderIds) {
    Set<String> ids = new LinkedHashSet<>(touchedOrderIds);
    ctx.state().postings().inState(ctx.connection(), PostingState.NOT_APPLIED).stream()
        .filter(
            p ->
                p.kind() == PostingKind.REFUND
                    || p.kind() == PostingKind.VOID
                    || p.kind() == PostingKind.UPDATE)
        .forEach(p -> ids.add(p.orderId()));
    List<LedgerWriter.Job> refunds = new ArrayList<>();
    int written = 0;
    for (String id : ids) {
      Optional<TrackedOrder> order =
          ctx.state()
              .orders()
              .find(ctx.connection(), id)
              .filter(o -> o.state() == OrderState.POSTED);
      if (order.isEmpty()) {
        continue;
      }
      if (OrderIntake.cancelled(order.get().snapshot()) || !isSold(order.get())) {
        written += voidSale(order.get());
      } else {
        written += new SaleUpdater(ctx, items, writer).bringUpToDate(order.get());
        refunds.addAll(refundJobs(order.get()));
      }
    }
    return written + writer.send(refunds);
  }

  private boolean isSold(TrackedOrder order) {
    return ctx.settings().sells(order.snapshot());
  }

  private int voidSale(TrackedOrder order) {
    String key = ctx.keys().voidOf(order.orderId(), order.revision());
    Posting posting =
        Posting.sending(
            key,
            ctx.connection(),
            order.orderId(),
            PostingKind.VOID,
            order.booksDocNumber(),
            ctx.clock().instant());
    if (!ctx.state().postings().begin(posting)) {
      return 0;
    }
    PostOutcome outcome;
    try {
      outcome =
          ctx.books()
              .voidDocument(
                  new PostedDocument(
                      order.documentKind(), order.booksId(), order.booksDocNumber(), null, null),
                  key);
    } catch (RetriableBooksException e) {
      outcome = PostOutcome.uncertain(key, e.getMessage());
    }
    writer.record(posting, outcome);
    if (outcome.status() == PostOutcome.Status.POSTED) {
      ctx.state()
          .orders()
          .save(
              order.withState(
                  OrderState.VOIDED,
                  "Order #"
                      + order.snapshot().number()
                      + " was "
                      + order.snapshot().status()
                      + " in the store; its QuickBooks document was voided."));
      return 1;
    }
    return 0;
  }

  private List<LedgerWriter.Job> refundJobs(TrackedOrder order) {
    StoreOrder store = order.snapshot();
    List<StoreRefund> refunds = FollowUps.inOrder(store.refunds());
    List<LedgerWriter.Job> jobs = new ArrayList<>();
    for (StoreRefund refund : refunds) {
      refundJob(order, refund).ifPresent(jobs::add);
    }
    return jobs;
  }

  /**
   * Refunds are numbered -R1, -R2... in the order Stockbook first sees them, and a number once
   * given stays with its refund: two refunds in the same second, listed in any order, never swap
   * numbers.
   */
  private int refundIndex(TrackedOrder order, Optional<Posting> existing) {
    if (existing.isPresent()) {
      String number = existing.get().docNumber();
      return Integer.parseInt(number.substring(number.lastIndexOf("-R") + 2));
    }
    return new FollowUps(ctx).nextRefundIndex(order);
  }

  private Optional<LedgerWriter.Job> refundJob(TrackedOrder order, StoreRefund refund) {
    String key = ctx.keys().refund(order.orderId(), refund.id());
    Optional<Posting> existing = ctx.state().postings().find(key);
    if (existing.isPresent() && existing.get().state() != PostingState.NOT_APPLIED) {
      return Optional.empty();
    }
    StoreOrder store = order.snapshot();
    Map<String, String> itemIds = items.resolve(store.lines());
    String number = Documents.refundNumber(store, refundIndex(order, existing), ctx.settings());
    String customer =
        ctx.books()
            .customerId(
                dev.stockbook.core.books.CustomerSpec.named(
                    ctx.settings().customer().webStoreCustomer()));
    DocumentBuilder.Context context =
        new DocumentBuilder.Context(
            null,
            key,
            number,
            customer,
            Documents.note(store, ctx.settings(), key, "refund " + refund.id()),
            itemIds,
            null,
            ctx.settings().depositAccountFor(store.paymentMethod()),
            ctx.settings().currency());
    DocumentBuilder.Result result =
        DocumentBuilder.refund(
            store, refund, context, () -> items.namedItem(ctx.settings().refundItem()));
    if (result.problem() != null) {
      ctx.state().orders().save(order.withState(OrderState.POSTED, result.problem()));
      return Optional.empty();
    }
    Posting posting =
        Posting.sending(
            key,
            ctx.connection(),
            order.orderId(),
            PostingKind.REFUND,
            number,
            ctx.clock().instant());
    if (existing.isEmpty()) {
      stockModel.restocked(refund);
    }
    if (!ctx.state().postings().begin(posting)) {
      return Optional.empty();
    }
    return Optional.of(new LedgerWriter.Job(posting, result.document(), outcome -> {}));
  }
}
