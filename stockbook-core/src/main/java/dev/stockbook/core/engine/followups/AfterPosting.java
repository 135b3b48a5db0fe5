package dev.stockbook.core.engine.followups;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.documents.DocumentBuilder;
import dev.stockbook.core.engine.documents.Documents;
import dev.stockbook.core.engine.items.Bundles;
import dev.stockbook.core.engine.items.ItemResolver;
import dev.stockbook.core.engine.ledger.LedgerWriter;
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
  private final FollowUps followUps;

  public AfterPosting(
      SyncContext ctx, ItemResolver items, LedgerWriter writer, StoreStockModel stockModel) {
    this.ctx = ctx;
    this.items = items;
    this.writer = writer;
    this.stockModel = stockModel;
    this.followUps = new FollowUps(ctx);
  }

  /**
   * Handles the given orders plus any whose refund or void must be sent again; returns documents
   * written.
   */
  public int handle(Collection<String> touchedOrderIds) {
    List<LedgerWriter.Job> refunds = new ArrayList<>();
    int written = 0;
    for (String id : withUnsentFollowUps(touchedOrderIds)) {
      Optional<TrackedOrder> order = posted(id);
      if (order.isEmpty()) {
        continue;
      }
      if (followUps.owesVoid(order.get().snapshot())) {
        written += voidSale(order.get());
      } else {
        written += new SaleUpdater(ctx, items, writer).bringUpToDate(order.get());
        refunds.addAll(refundJobs(order.get()));
      }
    }
    return written + writer.send(refunds);
  }

  /** The given order ids, then those of refunds, voids and updates still to be sent. */
  private Set<String> withUnsentFollowUps(Collection<String> touchedOrderIds) {
    Set<String> ids = new LinkedHashSet<>(touchedOrderIds);
    ctx.state().postings().inState(ctx.connection(), PostingState.NOT_APPLIED).stream()
        .filter(
            p ->
                p.kind() == PostingKind.REFUND
                    || p.kind() == PostingKind.VOID
                    || p.kind() == PostingKind.UPDATE)
        .forEach(p -> ids.add(p.orderId()));
    return ids;
  }

  private Optional<TrackedOrder> posted(String orderId) {
    return ctx.state()
        .orders()
        .find(ctx.connection(), orderId)
        .filter(o -> o.state() == OrderState.POSTED);
  }

  private int voidSale(TrackedOrder order) {
    String key = ctx.keys().voidOf(order.orderId(), order.revision());
    Posting posting = ctx.sending(key, order.orderId(), PostingKind.VOID, order.booksDocNumber());
    if (!ctx.state().postings().begin(posting)) {
      return 0;
    }
    PostOutcome outcome = sendVoid(order, key);
    writer.record(posting, outcome);
    if (outcome.status() != PostOutcome.Status.POSTED) {
      return 0;
    }
    ctx.state().orders().save(order.withState(OrderState.VOIDED, voidedReason(order)));
    return 1;
  }

  private PostOutcome sendVoid(TrackedOrder order, String key) {
    try {
      return ctx.books().voidDocument(order.postedDocument(), key);
    } catch (RetriableBooksException e) {
      return PostOutcome.uncertain(key, e.getMessage());
    }
  }

  private static String voidedReason(TrackedOrder order) {
    return "Order #"
        + order.snapshot().number()
        + " was "
        + order.snapshot().status()
        + " in the store; its QuickBooks document was voided.";
  }

  private List<LedgerWriter.Job> refundJobs(TrackedOrder order) {
    List<LedgerWriter.Job> jobs = new ArrayList<>();
    for (StoreRefund refund : FollowUps.inOrder(order.snapshot().refunds())) {
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
    return followUps.nextRefundIndex(order);
  }

  /**
   * The ledger job of a refund not yet in QuickBooks, its row begun; empty when it was sent
   * already, is being sent, or cannot be built (the problem is then noted on the order). The first
   * time a refund is seen, the units the store restocked are counted back into its stock.
   */
  private Optional<LedgerWriter.Job> refundJob(TrackedOrder order, StoreRefund refund) {
    String key = ctx.keys().refund(order.orderId(), refund.id());
    Optional<Posting> existing = ctx.state().postings().find(key);
    if (existing.isPresent() && existing.get().state() != PostingState.NOT_APPLIED) {
      return Optional.empty();
    }
    String number =
        Documents.refundNumber(order.snapshot(), refundIndex(order, existing), ctx.settings());
    Optional<BooksDocument> document = refundDocument(order, refund, key, number);
    if (document.isPresent() && existing.isEmpty()) {
      stockModel.restocked(refund);
    }
    return document.flatMap(
        d -> begun(ctx.sending(key, order.orderId(), PostingKind.REFUND, number), d));
  }

  /** The refund receipt of {@code refund}, or empty with the problem noted on the order. */
  private Optional<BooksDocument> refundDocument(
      TrackedOrder order, StoreRefund refund, String key, String number) {
    StoreOrder store = order.snapshot();
    DocumentBuilder.Result result =
        DocumentBuilder.refund(
            store,
            refund,
            refundContext(store, refund, key, number),
            () -> items.namedItem(ctx.settings().refundItem()));
    if (result.problem() != null) {
      ctx.state().orders().save(order.withState(OrderState.POSTED, result.problem()));
      return Optional.empty();
    }
    return Optional.of(result.document());
  }

  private DocumentBuilder.Context refundContext(
      StoreOrder store, StoreRefund refund, String key, String number) {
    Map<String, String> itemIds = items.resolve(store.lines());
    String customer = ctx.books().customerId(Documents.sharedCustomer(store, ctx.settings()));
    return new DocumentBuilder.Context(
        null,
        key,
        number,
        customer,
        Documents.note(store, ctx.settings(), key, "refund " + refund.id()),
        itemIds,
        null,
        ctx.settings().depositAccountFor(store.paymentMethod()),
        ctx.settings().currency(),
        ctx.settings().bookkeeping(),
        null,
        new Bundles(ctx).of(itemIds),
        null);
  }

  /** The job of a ledger row once its right to be sent is claimed; empty when claimed already. */
  private Optional<LedgerWriter.Job> begun(Posting posting, BooksDocument document) {
    if (!ctx.state().postings().begin(posting)) {
      return Optional.empty();
    }
    return Optional.of(new LedgerWriter.Job(posting, document, outcome -> {}));
  }
}
