package dev.stockbook.core.engine.orders;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentTags;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.documents.DocumentBuilder;
import dev.stockbook.core.engine.documents.Documents;
import dev.stockbook.core.engine.documents.SummaryBuilder;
import dev.stockbook.core.engine.followups.FollowUps;
import dev.stockbook.core.engine.items.ItemResolver;
import dev.stockbook.core.engine.ledger.LedgerWriter;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.core.state.PostingState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Daily summary posting ({@code sync.posting=daily-summary}): once a UTC day is over (plus {@code
 * sync.orderOverlap} for late reads), its waiting orders and the refunds made that day become one
 * sales receipt grouped by SKU ({@link SummaryBuilder}), exactly once: its key is the connection's
 * and the day's ({@code requestid}), and before it is sent one ledger row per order and refund it
 * holds is written in the same transaction, so a crash leaves rows the resolver settles by finding
 * the receipt, and nothing is summed twice. Orders and refunds of a day read after its summary went
 * out make the day's next summary ({@code -2}, ...). The orders stay visible one by one, each
 * recorded as posted in the summary's receipt.
 */
final class SummaryPoster {
  private final SyncContext ctx;
  private final ItemResolver items;
  private final LedgerWriter writer;
  private final OrderPoster poster;
  private final Set<String> postedIds = new LinkedHashSet<>();
  private int parked;

  SummaryPoster(SyncContext ctx, ItemResolver items, LedgerWriter writer, OrderPoster poster) {
    this.ctx = ctx;
    this.items = items;
    this.writer = writer;
    this.poster = poster;
  }

  /** A refund to sum: its own ledger row (noted, not sent) and the order it belongs to. */
  private record Refund(Posting row, TrackedOrder order, StoreRefund refund) {}

  /** The orders and refunds of one day. */
  private record Day(List<TrackedOrder> orders, List<Refund> refunds) {
    Day() {
      this(new ArrayList<>(), new ArrayList<>());
    }
  }

  /** Posts every closed day that has orders or refunds to sum; returns the receipts posted. */
  int postClosedDays() {
    TreeMap<LocalDate, Day> days = new TreeMap<>();
    waitingOrders()
        .forEach(
            o ->
                days.computeIfAbsent(day(o.snapshot().createdAt()), d -> new Day())
                    .orders()
                    .add(o));
    refundsToSum()
        .forEach(
            r ->
                days.computeIfAbsent(day(r.refund().createdAt()), d -> new Day()).refunds().add(r));
    int posted = 0;
    for (Map.Entry<LocalDate, Day> day : days.entrySet()) {
      if (closed(day.getKey())) {
        posted += postDay(day.getKey(), day.getValue());
      }
    }
    return posted;
  }

  Set<String> postedIds() {
    return postedIds;
  }

  int parked() {
    return parked;
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  private boolean closed(LocalDate day) {
    Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return !ctx.clock().instant().isBefore(end.plus(ctx.settings().orderOverlap()));
  }

  /** Waiting orders that pass the checks and are in no summary yet. */
  private List<TrackedOrder> waitingOrders() {
    List<TrackedOrder> out = new ArrayList<>();
    for (TrackedOrder order :
        ctx.state().orders().inStates(ctx.connection(), EnumSet.of(OrderState.WAITING))) {
      String number = Documents.saleNumber(order.snapshot(), ctx.settings());
      Optional<String> problem = OrderChecks.problem(order.snapshot(), number);
      if (problem.isPresent()) {
        park(order, problem.get());
      } else if (free(ctx.keys().summaryMember(order.orderId(), order.revision()))) {
        out.add(order);
      }
    }
    return out;
  }

  /** Whether a member row of {@code key} may be (re)claimed: absent or not applied. */
  private boolean free(String key) {
    return ctx.state()
        .postings()
        .find(key)
        .map(p -> p.state() == PostingState.NOT_APPLIED)
        .orElse(true);
  }

  /** Refunds noted for posted orders and not yet in a summary. */
  private List<Refund> refundsToSum() {
    List<Refund> out = new ArrayList<>();
    for (Posting row : ctx.state().postings().inState(ctx.connection(), PostingState.NOT_APPLIED)) {
      if (row.kind() != PostingKind.REFUND || !free(ctx.keys().summaryRefund(row.key()))) {
        continue;
      }
      ctx.state()
          .orders()
          .find(ctx.connection(), row.orderId())
          .ifPresent(
              order -> refundOf(order, row).ifPresent(r -> out.add(new Refund(row, order, r))));
    }
    return out;
  }

  private Optional<StoreRefund> refundOf(TrackedOrder order, Posting row) {
    return order.snapshot().refunds().stream()
        .filter(r -> ctx.keys().refund(order.orderId(), r.id()).equals(row.key()))
        .findFirst();
  }

  /** The index of the day's next summary, or empty while one of the day's is unsettled. */
  private Optional<Integer> nextIndex(LocalDate day) {
    for (int n = 1; ; n++) {
      Optional<Posting> row = ctx.state().postings().find(ctx.keys().summary(day, n));
      if (row.isEmpty() || row.get().state() == PostingState.NOT_APPLIED) {
        return Optional.of(n);
      }
      if (row.get().state().isUnresolved() || row.get().state() == PostingState.SENDING) {
        return Optional.empty();
      }
    }
  }

  private int postDay(LocalDate date, Day day) {
    Optional<Integer> n = nextIndex(date);
    if (n.isEmpty()) {
      return 0;
    }
    String key = ctx.keys().summary(date, n.get());
    String number = SummaryBuilder.number(ctx.settings().docNumberPrefix(), date, n.get());
    List<TrackedOrder> orders = new ArrayList<>();
    List<BooksDocument> sales = sales(day.orders(), key, number, orders);
    List<Refund> refunds = new ArrayList<>();
    List<BooksDocument> refundDocs = refunds(day.refunds(), key, number, refunds);
    if (sales.isEmpty() && refundDocs.isEmpty()) {
      return 0;
    }
    BooksDocument summary = SummaryBuilder.summary(header(date, key, number), sales, refundDocs);
    Posting head = ctx.sending(key, "summary:" + date, PostingKind.SUMMARY, number);
    List<Posting> members = members(orders, refunds, number);
    boolean[] claimed = {false};
    ctx.state().inOneTransaction(() -> claimed[0] = claim(head, members));
    if (!claimed[0]) {
      return 0;
    }
    return writer.send(
        List.of(
            new LedgerWriter.Job(
                head, summary, outcome -> apply(outcome, number, orders, refunds, members))));
  }

  private boolean claim(Posting head, List<Posting> members) {
    if (!ctx.state().postings().begin(head)) {
      return false;
    }
    members.forEach(m -> ctx.state().postings().begin(m));
    return true;
  }

  private List<Posting> members(List<TrackedOrder> orders, List<Refund> refunds, String number) {
    List<Posting> rows = new ArrayList<>();
    for (TrackedOrder o : orders) {
      rows.add(
          ctx.sending(
              ctx.keys().summaryMember(o.orderId(), o.revision()),
              o.orderId(),
              PostingKind.SUMMARY,
              number));
    }
    for (Refund r : refunds) {
      rows.add(
          ctx.sending(
              ctx.keys().summaryRefund(r.row().key()),
              r.order().orderId(),
              PostingKind.SUMMARY,
              number));
    }
    return rows;
  }

  private SummaryBuilder.Header header(LocalDate date, String key, String number) {
    String customer =
        ctx.books()
            .customerId(
                dev.stockbook.core.books.CustomerSpec.named(
                    ctx.settings().customer().webStoreCustomer()));
    String note =
        "Stockbook: daily summary of "
            + ctx.settings().storeName()
            + " for "
            + date
            + ", key "
            + key;
    DocumentTags tags = ctx.settings().bookkeeping().tagging().apply(DocumentTags.NONE, null);
    return new SummaryBuilder.Header(
        key, number, date, customer, note, ctx.settings().depositAccountFor("*"), tags);
  }

  /** The orders' documents, each checked alone; an order that cannot post is parked. */
  private List<BooksDocument> sales(
      List<TrackedOrder> orders, String key, String number, List<TrackedOrder> kept) {
    Map<String, String> itemIds =
        items.resolve(orders.stream().flatMap(o -> o.snapshot().lines().stream()).toList());
    List<BooksDocument> docs = new ArrayList<>();
    for (TrackedOrder order : orders) {
      DocumentBuilder.Result result =
          poster.document(order.snapshot(), DocumentKind.SALES_RECEIPT, key, number, itemIds);
      String problem =
          result.problem() != null ? result.problem() : foreign(order, result.document());
      if (problem != null) {
        park(order, problem);
      } else {
        docs.add(result.document());
        kept.add(order);
      }
    }
    return docs;
  }

  private static String foreign(TrackedOrder order, BooksDocument doc) {
    return doc.tags().currency() == null
        ? null
        : "Order #"
            + order.snapshot().number()
            + " is in "
            + doc.tags().currency()
            + ": daily summaries are in the home currency only; set sync.posting=per-order to post it";
  }

  private List<BooksDocument> refunds(
      List<Refund> refunds, String key, String number, List<Refund> kept) {
    List<BooksDocument> docs = new ArrayList<>();
    for (Refund r : refunds) {
      StoreOrder store = r.order().snapshot();
      DocumentBuilder.Context context =
          new DocumentBuilder.Context(
              DocumentKind.REFUND_RECEIPT,
              key,
              number,
              null,
              "",
              items.resolve(store.lines()),
              null,
              null,
              ctx.settings().currency(),
              ctx.settings().bookkeeping());
      DocumentBuilder.Result result =
          DocumentBuilder.refund(
              store, r.refund(), context, () -> items.namedItem(ctx.settings().refundItem()));
      if (result.document() != null && result.document().tags().currency() == null) {
        docs.add(result.document());
        kept.add(r);
      }
    }
    return docs;
  }

  private void apply(
      PostOutcome outcome,
      String number,
      List<TrackedOrder> orders,
      List<Refund> refunds,
      List<Posting> members) {
    PostingState state =
        switch (outcome.status()) {
          case POSTED -> PostingState.DONE;
          case UNCERTAIN -> PostingState.UNCERTAIN;
          case NOT_APPLIED -> PostingState.NOT_APPLIED;
          case REJECTED, STALE_REFERENCE -> PostingState.REJECTED;
        };
    String id = outcome.document() == null ? null : outcome.document().id();
    Instant now = ctx.clock().instant();
    members.forEach(m -> ctx.state().postings().record(m.key(), state, id, outcome.message(), now));
    if (state == PostingState.DONE) {
      refunds.forEach(
          r ->
              ctx.state()
                  .postings()
                  .record(r.row().key(), PostingState.DONE, id, "in summary " + number, now));
      DocumentKind kind = outcome.document().kind();
      orders.forEach(o -> markPosted(o.posted(kind, id, number, now)));
    } else if (state == PostingState.REJECTED) {
      orders.forEach(
          o ->
              park(
                  o,
                  "Order #"
                      + o.snapshot().number()
                      + " is in the daily summary "
                      + number
                      + ", which QuickBooks refused: "
                      + outcome.message()));
    }
  }

  private void markPosted(TrackedOrder posted) {
    new FollowUps(ctx).note(posted);
    ctx.state().orders().save(posted);
    postedIds.add(posted.orderId());
  }

  private void park(TrackedOrder order, String reason) {
    parked++;
    ctx.state().orders().save(order.withState(OrderState.PARKED, reason));
  }
}
