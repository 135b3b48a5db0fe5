package dev.stockbook.app.service;

import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.SyncEngine;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import dev.stockbook.store.config.ConfigValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scheduled turn of one connection: posts the orders webhooks named and publishes the stock
 * they and QuickBooks' changes moved (one engine run, {@link SyncEngine#syncOrders}: a QuickBooks
 * change alone costs its change-feed read and the stock writes, not a full cycle), runs the full
 * cycle when the schedule or "sync now" asks for it, and says when the next turn should be. The
 * engine is built afresh each turn so that tokens another node rotated are read from the database.
 */
final class ConnectionRun {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionRun.class);
  private final Wiring wiring;
  private final ServiceTables tables;
  private final ServiceMetrics metrics;
  private final Clock clock;
  private final Duration debounce;
  private final WebhookKeeper webhooks;
  private volatile Consumer<String> wake = name -> {};
  private final ClusterTables cluster;
  private final String node;

  /**
   * When this node last listed each connection's changed store orders (a probe or a cycle): the
   * next probe is due an {@code sync.orderProbe} after it, whatever turns came in between. Kept in
   * memory: a node that takes a connection over probes in its first turn.
   */
  private final Map<String, Instant> lastListing = new ConcurrentHashMap<>();

  /**
   * How long a document a turn wrote and then published waits for QuickBooks' webhook about it
   * (which asks for nothing more). The webhook is only a wake-up: the change-feed cursor decides
   * what is published, so a later change to the same document that this memory swallowed (its own
   * webhook lost) is still published by the next turn or cycle.
   */
  static final Duration COVERED_FOR = Duration.ofMinutes(1);

  /**
   * Per connection, the webhook resources ({@code salesreceipt:12}) of documents its turns wrote
   * and then read in the change feed, with when the memory ends. Kept in memory: on another node
   * the webhook only costs one stock turn.
   */
  private final Map<String, Map<String, Instant>> covered = new ConcurrentHashMap<>();

  ConnectionRun(
      Wiring wiring,
      ServiceTables tables,
      ServiceMetrics metrics,
      Clock clock,
      Duration debounce,
      WebhookKeeper webhooks,
      ClusterTables cluster,
      String node) {
    this.cluster = cluster;
    this.node = node;
    this.webhooks = webhooks;
    this.wiring = wiring;
    this.tables = tables;
    this.metrics = metrics;
    this.clock = clock;
    this.debounce = debounce;
  }

  /**
   * How a turn brings another connection's turn forward (the scheduler's wake, set once it exists).
   */
  void wakeWith(Consumer<String> wake) {
    this.wake = wake;
  }

  /**
   * Works the connection once and records the turn (which node, how it ended) when it did work or
   * failed; returns when it should run next.
   */
  Instant run(ConfigValues connection) {
    String name = connection.string("name");
    Instant started = clock.instant();
    List<String> problems = new java.util.ArrayList<>();
    boolean[] worked = {false};
    try {
      Instant next = turn(connection, problems, worked);
      if (worked[0]) {
        String message = problems.isEmpty() ? null : String.join("; ", problems);
        record(name, started, problems.isEmpty() ? "ok" : "problems", message);
      }
      return next;
    } catch (RuntimeException e) {
      record(name, started, "failed", e.getMessage() == null ? e.toString() : e.getMessage());
      throw e;
    }
  }

  private void record(String name, Instant started, String outcome, String message) {
    try {
      cluster.turn(
          new ClusterTables.Turn(name, node, started, clock.instant(), outcome, message),
          "ok".equals(outcome));
    } catch (RuntimeException e) {
      LOG.warn("{}: could not record the turn: {}", name, e.getMessage());
    }
  }

  private Instant turn(ConfigValues connection, List<String> problems, boolean[] worked) {
    String name = connection.string("name");
    Duration schedule = wiring.effective(connection).duration("sync.schedule");
    ConnectionStatus status = tables.status(name);
    if (status.state() != ConnectionStatus.State.ACTIVE) {
      return clock.instant().plus(schedule);
    }
    List<ServiceTables.Event> events = uncovered(name, tables.waiting(name));
    Instant lastCycle = status.lastCycleAt();
    boolean cycleDue =
        lastCycle == null
            || !clock.instant().isBefore(lastCycle.plus(schedule))
            || events.stream().anyMatch(e -> WebhookTopics.REQUESTED.equals(e.topic()));
    boolean booksChanged = events.stream().anyMatch(ConnectionRun::booksChanged);
    boolean othersSold = events.stream().anyMatch(ConnectionRun::otherStoreSold);
    Set<String> orders = orderIds(events);
    if (orders.isEmpty() && !cycleDue && probeDue(connection)) {
      orders = probe(connection); // product and QuickBooks events say nothing of new orders
    }
    if (events.isEmpty() && !cycleDue && orders.isEmpty()) {
      return next(name, schedule, probeEvery(connection));
    }
    worked[0] = true;
    Publish publish =
        cycleDue
            ? Publish.NONE
            : booksChanged ? Publish.CHANGES : othersSold ? Publish.OTHER_STORES : Publish.NONE;
    BooksCalls calls = work(connection, orders, publish, cycleDue, problems);
    if (!events.isEmpty()) {
      tables.handled(name, events.get(events.size() - 1).id(), clock.instant());
    }
    if (problems.isEmpty()) {
      // The turn published what its change-feed read carried. QuickBooks' webhooks that came in
      // before the read was sent, and those about the documents it wrote before it (the sale of a
      // posting turn, whose webhook mostly comes just after), ask for no stock turn of their own:
      // one after every posting turn held up the store's next order.
      calls
          .changesRead()
          .ifPresent(
              before ->
                  tables.handledBefore(name, WebhookTopics.QUICKBOOKS, before, clock.instant()));
      remember(name, calls.covered());
    }
    return next(name, schedule, probeEvery(connection));
  }

  private void remember(String name, Set<String> resources) {
    if (resources.isEmpty()) {
      return;
    }
    Instant until = clock.instant().plus(COVERED_FOR);
    Map<String, Instant> memory = covered.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
    resources.forEach(r -> memory.put(r, until));
    uncovered(name, tables.waiting(name)); // those that came in during the turn
  }

  /**
   * The events less QuickBooks' webhooks about documents a turn of this connection wrote and then
   * published ({@link #covered}), which are marked handled. Each document covers one event: a
   * second one is a later change.
   */
  private List<ServiceTables.Event> uncovered(String name, List<ServiceTables.Event> events) {
    Map<String, Instant> memory = covered.get(name);
    if (memory == null || memory.isEmpty()) {
      return events;
    }
    Instant now = clock.instant();
    memory.values().removeIf(until -> !now.isBefore(until));
    List<ServiceTables.Event> left = new java.util.ArrayList<>();
    List<Long> done = new java.util.ArrayList<>();
    for (ServiceTables.Event e : events) {
      if (WebhookTopics.QUICKBOOKS.equals(e.topic())
          && e.resourceId() != null
          && memory.remove(e.resourceId().toLowerCase(java.util.Locale.ROOT)) != null) {
        done.add(e.id());
      } else {
        left.add(e);
      }
    }
    if (!done.isEmpty()) {
      tables.handledIds(name, done, now);
    }
    return left;
  }

  /**
   * Whether the store should be asked for orders in this turn: an order probe after the last
   * listing. A turn that QuickBooks or a sibling store woke (a sale to publish) does not wait for a
   * store listing it does not need; the probe keeps its own pace (see {@link #next}).
   */
  private boolean probeDue(ConfigValues connection) {
    Instant last = lastListing.get(connection.string("name"));
    return last == null || !clock.instant().isBefore(last.plus(probeEvery(connection)));
  }

  /** How often to look for store orders between cycles; zero: never. */
  private Duration probeEvery(ConfigValues connection) {
    return wiring.effective(connection).duration("sync.orderProbe");
  }

  /**
   * A turn with nothing waiting looks at the store for orders its webhooks have not told of (yet):
   * one store request, no QuickBooks call. A store that cannot answer now is asked again next turn;
   * the cycle reports store failures.
   */
  private Set<String> probe(ConfigValues connection) {
    if (probeEvery(connection).isZero()) {
      return Set.of();
    }
    lastListing.put(connection.string("name"), clock.instant());
    SyncContext ctx = wiring.context(wiring.effective(connection));
    try {
      Set<String> found = new SyncEngine(ctx).probeOrders();
      if (!found.isEmpty()) {
        LOG.info(
            "{}: the store has {} order(s) not yet seen", connection.string("name"), found.size());
      }
      return found;
    } catch (RetriableStoreException | PermanentStoreException e) {
      LOG.debug("{}: order probe failed: {}", connection.string("name"), e.getMessage());
      return Set.of();
    } finally {
      ctx.store().close();
    }
  }

  /** What a turn without orders of its own publishes besides a due cycle. */
  private enum Publish {
    NONE,
    /**
     * QuickBooks' changes (its webhooks, a sibling's post): the change feed and the items named.
     */
    CHANGES,
    /** Only what the other stores of the company took in or let go: no change-feed read. */
    OTHER_STORES
  }

  /** A QuickBooks event that asks for the change feed: not just another store's sale taken in. */
  private static boolean booksChanged(ServiceTables.Event e) {
    return WebhookTopics.QUICKBOOKS.equals(e.topic()) && !otherStoreSold(e);
  }

  /** The wake of another store of the company that took in a sale not yet posted. */
  private static boolean otherStoreSold(ServiceTables.Event e) {
    return WebhookTopics.QUICKBOOKS.equals(e.topic())
        && e.resourceId() != null
        && e.resourceId().startsWith(TAKEN_BY);
  }

  private static final String TAKEN_BY = "taken-by:";
  private static final String POSTED_BY = "posted-by:";

  /** Works the connection; returns what its QuickBooks calls told. */
  private BooksCalls work(
      ConfigValues connection,
      Set<String> orderIds,
      Publish publish,
      boolean cycleDue,
      List<String> problems) {
    String name = connection.string("name");
    BooksCalls calls = new BooksCalls();
    SyncContext base = wiring.context(wiring.effective(connection));
    SyncContext ctx =
        new SyncContext(
            base.settings(),
            Observed.store(base.store(), metrics),
            Observed.books(base.books(), calls, clock),
            base.state(),
            base.clock(),
            base.retry());
    try {
      SyncEngine engine =
          new SyncEngine(ctx)
              .onTaken(() -> wakeSiblings(connection, TAKEN_BY))
              .onPosted(() -> wakeSiblings(connection, POSTED_BY))
              .whileWriting(() -> takeBooksChanges(name));
      if (!orderIds.isEmpty() || publish == Publish.CHANGES) {
        problems.addAll(
            report(
                connection, orderIds.isEmpty() ? "stock" : "orders", engine.syncOrders(orderIds)));
      } else if (publish == Publish.OTHER_STORES) {
        problems.addAll(report(connection, "stock", engine.publishOtherStoresSales()));
      }
      if (cycleDue) {
        webhooks.ensure(connection, ctx.store());
        Instant started = clock.instant();
        lastListing.put(name, started);
        problems.addAll(report(connection, "cycle", engine.runCycle(false)));
        tables.cycled(name, started);
      }
    } finally {
      base.store().close();
    }
    Optional<String> authFailure = calls.authFailure();
    if (authFailure.isPresent()) {
      problems.add(authFailure.get());
      tables.setStatus(
          name,
          ConnectionStatus.State.NEEDS_RECONNECT,
          authFailure.get()
              + ". Run 'stockbook connect quickbooks --connection "
              + name
              + "'; the connection resumes once connected.");
      LOG.warn("{}: paused until QuickBooks is reconnected ({})", name, authFailure.get());
    }
    return calls;
  }

  private List<String> report(ConfigValues connection, String kind, CycleReport report) {
    String name = connection.string("name");
    metrics.cycle(name, kind, report);
    LOG.info("{} {}: {}", name, kind, report.summary());
    if (report.afterPosting() > 0) {
      wakeSiblings(connection, POSTED_BY); // refunds and voids moved quantities after posting
    }
    return report.errors();
  }

  /**
   * What this turn posted (or refunded, voided) changed quantities in QuickBooks that the other
   * stores of the same company show too: each of those connections gets a stock turn now, as a
   * QuickBooks webhook would give it, without waiting for that webhook (QuickBooks may send it
   * minutes later, or not at all when webhooks are not set up) nor for the rest of this turn (the
   * engine calls this as soon as its posting step has posted). A sale this turn parked, or read and
   * could not post, wakes them too ({@code why} {@link #TAKEN_BY}): they hold back what this store
   * sold until QuickBooks has seen it. A wake that cannot be recorded is logged: the sibling's
   * schedule and QuickBooks' webhook still bring the change.
   */
  private void wakeSiblings(ConfigValues connection, String why) {
    String name = connection.string("name");
    Instant now = clock.instant();
    for (String sibling : wiring.sameCompany(connection)) {
      String delivery = why + name + "@" + now.toEpochMilli();
      try {
        if (tables.record(
            sibling, "sibling", delivery, WebhookTopics.QUICKBOOKS, why + name, now)) {
          wake.accept(sibling);
        }
      } catch (RuntimeException e) {
        LOG.warn("{}: could not wake {} ({}): {}", name, sibling, why, e.getMessage());
      }
    }
  }

  /**
   * While this turn's stock write is with the store: takes the QuickBooks changes (webhooks, a
   * sibling's sale) that came in since the turn began, so the engine publishes them beside the
   * write on its way instead of in a turn after it. Only the leading run of such events is taken:
   * an order event (or "sync now") is left, with everything after it, for the next turn, which
   * comes as soon as this one ends.
   */
  private boolean takeBooksChanges(String name) {
    long last = -1;
    boolean books = false;
    for (ServiceTables.Event e : tables.waiting(name)) {
      if (WebhookTopics.isOrder(e.topic()) || WebhookTopics.REQUESTED.equals(e.topic())) {
        break;
      }
      books |= WebhookTopics.QUICKBOOKS.equals(e.topic());
      last = e.id();
    }
    if (!books) {
      return false;
    }
    tables.handled(name, last, clock.instant());
    return true;
  }

  private Instant next(String name, Duration schedule, Duration probe) {
    Instant now = clock.instant();
    Instant cycle = tables.lastCycle(name).map(t -> t.plus(schedule)).orElse(now);
    Instant probeAt = lastListing.getOrDefault(name, now).plus(probe);
    Instant regular = probe.isZero() || cycle.isBefore(probeAt) ? cycle : probeAt;
    // Events that came in during this turn have had their debounce (or part of it) already: the
    // next turn is due when the first of them has waited the debounce out, not a debounce from now.
    Optional<Instant> firstWaiting =
        tables.waiting(name).stream()
            .filter(e -> WebhookTopics.wakes(e.topic()))
            .map(
                e ->
                    WebhookTopics.debounced(e.topic())
                        ? e.receivedAt().plus(debounce)
                        : e.receivedAt())
            .min(Instant::compareTo);
    Optional<Instant> soon = firstWaiting.map(at -> at.isBefore(now) ? now : at);
    return soon.filter(at -> at.isBefore(regular)).orElse(regular.isBefore(now) ? now : regular);
  }

  private static Set<String> orderIds(List<ServiceTables.Event> events) {
    Set<String> ids = new LinkedHashSet<>();
    events.stream()
        .filter(e -> WebhookTopics.isOrder(e.topic()) && e.resourceId() != null)
        .forEach(e -> ids.add(e.resourceId()));
    return ids;
  }
}
