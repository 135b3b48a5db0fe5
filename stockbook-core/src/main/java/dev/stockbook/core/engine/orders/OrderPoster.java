package dev.stockbook.core.engine.orders;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.documents.DocumentBuilder;
import dev.stockbook.core.engine.documents.Documents;
import dev.stockbook.core.engine.followups.FollowUps;
import dev.stockbook.core.engine.items.Bundles;
import dev.stockbook.core.engine.items.ItemResolver;
import dev.stockbook.core.engine.ledger.LedgerWriter;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.core.state.PostingState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.StoreOrder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Posts every waiting order exactly once. For each order: check it, resolve its items, build the
 * document (total equal to the store's to the cent), write the ledger row with the posting key, and
 * only then send it, in batches. An order that cannot be posted is parked with its reason; the
 * others still post.
 */
public final class OrderPoster {
  private final SyncContext ctx;
  private final ItemResolver items;
  private final LedgerWriter writer;
  private final Bundles bundles;
  private int parked;
  private final Set<String> postedIds = new LinkedHashSet<>();

  public OrderPoster(SyncContext ctx, ItemResolver items, LedgerWriter writer) {
    this.ctx = ctx;
    this.items = items;
    this.writer = writer;
    this.bundles = new Bundles(ctx);
  }

  /** Posts the waiting orders; returns how many documents were posted. */
  public int postWaiting() {
    if (ctx.settings().bookkeeping().dailySummary()) {
      SummaryPoster summaries = new SummaryPoster(ctx, items, writer, this);
      int posted = summaries.postClosedDays();
      parked += summaries.parked();
      postedIds.addAll(summaries.postedIds());
      return posted;
    }
    List<TrackedOrder> ready = readyToPost();
    if (ready.isEmpty()) {
      return 0;
    }
    Map<String, String> itemIds =
        items.resolve(ready.stream().flatMap(o -> o.snapshot().lines().stream()).toList());
    bundles.load(itemIds);
    int size = Math.max(1, ctx.settings().batchSize());
    int posted = 0;
    // A batch at a time: the first request goes out once its own orders are ready, not after every
    // waiting order has been prepared (10,000 orders took minutes before the first batch).
    for (int from = 0; from < ready.size(); from += size) {
      posted += postBatch(ready.subList(from, Math.min(ready.size(), from + size)), itemIds);
    }
    return posted;
  }

  /**
   * The waiting orders that pass the checks; those that do not are parked, and those whose sale is
   * in doubt wait for the resolver.
   */
  private List<TrackedOrder> readyToPost() {
    List<TrackedOrder> ready = new ArrayList<>();
    for (TrackedOrder order :
        ctx.state().orders().inStates(ctx.connection(), EnumSet.of(OrderState.WAITING))) {
      if (saleInDoubt(order)) {
        continue;
      }
      Optional<String> problem =
          OrderChecks.problem(
              order.snapshot(), Documents.saleNumber(order.snapshot(), ctx.settings()));
      problem.ifPresentOrElse(p -> park(order, p), () -> ready.add(order));
    }
    return ready;
  }

  private int postBatch(List<TrackedOrder> batch, Map<String, String> itemIds) {
    List<Prepared> prepared = new ArrayList<>();
    for (TrackedOrder order : batch) {
      prepare(order, itemIds).ifPresent(prepared::add);
    }
    List<LedgerWriter.Job> jobs = new ArrayList<>();
    // The batch's ledger rows commit together, durably, before its request is sent.
    ctx.state().inOneTransaction(() -> prepared.forEach(p -> begin(p).ifPresent(jobs::add)));
    return writer.send(jobs);
  }

  /**
   * An order's sale document, built (customer lookups may ask QuickBooks) before any ledger row is
   * written.
   */
  private record Prepared(
      TrackedOrder order,
      DocumentKind kind,
      String number,
      Posting posting,
      BooksDocument document) {}

  /**
   * Whether a sale of this order, of any revision, has an unknown outcome. It may be in QuickBooks:
   * nothing else is sent for the order until the resolver has looked it up.
   */
  private boolean saleInDoubt(TrackedOrder order) {
    return ctx.state().postings().forOrder(ctx.connection(), order.orderId()).stream()
        .anyMatch(p -> p.kind() == PostingKind.SALE && p.state().isUnresolved());
  }

  /**
   * Orders posted in this run. A refund or cancellation the store recorded while the sale was still
   * waiting is handled right after, since the order may not change in the store again.
   */
  public Set<String> postedIds() {
    return Set.copyOf(postedIds);
  }

  public int parkedCount() {
    return parked;
  }

  private Optional<Prepared> prepare(TrackedOrder order, Map<String, String> itemIds) {
    StoreOrder store = order.snapshot();
    DocumentKind kind = Documents.saleKind(store, ctx.settings());
    String key = ctx.keys().sale(order.orderId(), order.revision(), attempt(order));
    String number = Documents.saleNumber(store, ctx.settings());
    DocumentBuilder.Result result = document(store, kind, key, number, itemIds);
    if (result.problem() != null) {
      park(order, result.problem());
      return Optional.empty();
    }
    Posting posting = ctx.sending(key, order.orderId(), PostingKind.SALE, number);
    return Optional.of(new Prepared(order, kind, number, posting, result.document()));
  }

  /** Writes the sale's ledger row; a row already there means this sale was sent before. */
  private Optional<LedgerWriter.Job> begin(Prepared p) {
    if (ctx.state().postings().begin(p.posting())) {
      return Optional.of(
          new LedgerWriter.Job(
              p.posting(), p.document(), outcome -> apply(p.order(), p.document(), outcome)));
    }
    ctx.state()
        .postings()
        .find(p.posting().key())
        .filter(row -> row.state() == PostingState.DONE)
        .ifPresent(
            row ->
                markPosted(p.order().posted(p.kind(), row.booksId(), p.number(), row.updatedAt())));
    return Optional.empty();
  }

  /** Saves a posted order, after noting the refunds or void it still owes. */
  private void markPosted(TrackedOrder posted) {
    new FollowUps(ctx).note(posted);
    ctx.state().orders().save(posted);
    postedIds.add(posted.orderId());
  }

  /**
   * The sale document of {@code store} under {@code key}; also what an update writes over a posted
   * one.
   */
  public DocumentBuilder.Result document(
      StoreOrder store, DocumentKind kind, String key, String number, Map<String, String> itemIds) {
    String fee = chargesFees(store) ? items.namedItem(ctx.settings().feeItem()) : null;
    String giftCards = redeemsGiftCards(store) ? items.giftCardItem() : null;
    DocumentBuilder.Context context =
        new DocumentBuilder.Context(
            kind,
            key,
            number,
            customerId(store),
            Documents.note(store, ctx.settings(), key, "sale"),
            itemIds,
            fee,
            ctx.settings().depositAccountFor(store.paymentMethod()),
            ctx.settings().currency(),
            ctx.settings().bookkeeping(),
            giftCards,
            bundles.of(itemIds),
            gatewayFees(store) ? items.gatewayFeeItem() : null);
    return DocumentBuilder.sale(store, context);
  }

  private static boolean chargesFees(StoreOrder store) {
    return store.fees().stream().anyMatch(f -> f.amount().signum() > 0);
  }

  private boolean gatewayFees(StoreOrder store) {
    return ctx.settings()
            .bookkeeping()
            .gatewayFees()
            .feeOf(store.paymentMethod(), store.total(), store.paid())
            .signum()
        > 0;
  }

  private boolean redeemsGiftCards(StoreOrder store) {
    return store.fees().stream()
        .anyMatch(
            f ->
                f.amount().signum() < 0
                    && ctx.settings().bookkeeping().giftCards().isRedemption(f.name()));
  }

  /** 1, or one more than the number of times QuickBooks refused this revision. */
  private int attempt(TrackedOrder order) {
    String first = ctx.keys().sale(order.orderId(), order.revision(), 1);
    long refused =
        ctx.state().postings().forOrder(ctx.connection(), order.orderId()).stream()
            .filter(p -> p.kind() == PostingKind.SALE && p.state() == PostingState.REJECTED)
            .filter(p -> p.key().equals(first) || p.key().startsWith(first + "-a"))
            .count();
    return (int) refused + 1;
  }

  private String customerId(StoreOrder order) {
    return ctx.books().customerId(Documents.customer(order, ctx.settings()));
  }

  private void apply(TrackedOrder order, BooksDocument document, PostOutcome outcome) {
    switch (outcome.status()) {
      case POSTED ->
          markPosted(
              order.posted(
                  document.kind(),
                  outcome.document().id(),
                  document.docNumber(),
                  ctx.clock().instant()));
      case REJECTED -> park(order, refusedReason(order, outcome));
      case UNCERTAIN, NOT_APPLIED -> {}
      case STALE_REFERENCE -> {
        // the order stays waiting: the next turn looks the names up again and sends it under the
        // next attempt's key (this refused row counts as one attempt)
      }
    }
  }

  private static String refusedReason(TrackedOrder order, PostOutcome outcome) {
    return "Order #"
        + order.snapshot().number()
        + " was refused by QuickBooks: "
        + outcome.message();
  }

  private void park(TrackedOrder order, String reason) {
    parked++;
    ctx.state().orders().save(order.withState(OrderState.PARKED, reason));
  }
}
