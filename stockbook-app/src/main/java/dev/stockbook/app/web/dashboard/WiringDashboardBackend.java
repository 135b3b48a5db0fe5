package dev.stockbook.app.web.dashboard;

import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.books.Books;
import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.state.Binding;
import dev.stockbook.core.state.CycleRun;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.StockRecord;
import dev.stockbook.core.state.StockStatus;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.StoreProduct;
import dev.stockbook.store.config.ConfigValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The dashboard over a {@link Wiring}: reads come from the state database, actions go through the
 * connection's engine (with the dashboard's saved settings, see {@link DashboardSettings}), and
 * "sync now" goes to the trigger the service passes (its scheduler) so a cycle never runs twice at
 * once in a cluster.
 */
public final class WiringDashboardBackend implements DashboardBackend {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(WiringDashboardBackend.class);
  private static final Duration RUNNING_AT_MOST = Duration.ofMinutes(10);
  private final Wiring wiring;
  private final DashboardSettings settings;
  private final Consumer<String> syncTrigger;
  private final Clock clock;
  private final ToLongFunction<String> apiCalls;
  private final Map<String, Instant> requested = new ConcurrentHashMap<>();

  public WiringDashboardBackend(Wiring wiring, Consumer<String> syncTrigger, Clock clock) {
    this(wiring, syncTrigger, clock, null);
  }

  /** With {@code apiCalls}: QuickBooks calls counted for a connection (shown on the overview). */
  public WiringDashboardBackend(
      Wiring wiring, Consumer<String> syncTrigger, Clock clock, ToLongFunction<String> apiCalls) {
    this.wiring = wiring;
    this.settings = new DashboardSettings(wiring);
    this.syncTrigger = syncTrigger;
    this.clock = clock;
    this.apiCalls = apiCalls;
  }

  public DashboardSettings settings() {
    return settings;
  }

  @Override
  public List<ConnectionHealth> connections() {
    return wiring.config().connections().stream().map(c -> health(c.string("name"))).toList();
  }

  private ConnectionHealth health(String name) {
    Optional<CycleRun> last = wiring.state().runs().recent(name, 1).stream().findFirst();
    Map<OrderState, Long> counts = wiring.state().orders().countByState(name);
    long parked = counts.getOrDefault(OrderState.PARKED, 0L);
    long uncertain = uncertainOrders(name).size();
    long drift =
        wiring.state().stock().all(name).stream()
            .filter(s -> s.status() == StockStatus.DRIFT)
            .count();
    boolean tokenOk = last.map(r -> !r.summary().contains("reconnected")).orElse(true);
    String token = last.isEmpty() ? "Not used yet" : tokenOk ? "Connected" : "Needs reconnecting";
    Duration schedule = settings.effective(name).duration("sync.schedule");
    Instant next = last.map(r -> r.finishedAt().plus(schedule)).orElse(null);
    Headline h =
        failing(name).orElse(Headline.of(last.orElse(null), parked, uncertain, drift, tokenOk));
    return new ConnectionHealth(
        name,
        h.health(),
        h.text(),
        last.map(CycleRun::finishedAt).orElse(null),
        last.map(CycleRun::summary).orElse(null),
        next,
        running(name, last),
        postedToday(name),
        parked,
        uncertain,
        drift,
        token,
        tokenOk,
        apiCalls == null ? null : apiCalls.applyAsLong(name));
  }

  /** Red when the connection's last turns, on any node, failed one after another. */
  private Optional<Headline> failing(String name) {
    if (!(wiring.state() instanceof dev.stockbook.state.DatabaseStateStore db)) {
      return Optional.empty();
    }
    return new dev.stockbook.app.service.ClusterTables(db.dataSource())
        .failing(name)
        .map(
            f ->
                new Headline(
                    Health.FAILING,
                    "The last "
                        + f.failedTurns()
                        + " turns failed: "
                        + (f.lastError() == null ? "see the log" : f.lastError())));
  }

  private boolean running(String name, Optional<CycleRun> last) {
    Instant asked = requested.get(name);
    if (asked == null || asked.plus(RUNNING_AT_MOST).isBefore(clock.instant())) {
      return false;
    }
    boolean done =
        last.map(r -> !r.startedAt().isBefore(asked) || !r.finishedAt().isBefore(asked))
            .orElse(false);
    if (done) {
      requested.remove(name, asked);
    }
    return !done;
  }

  private long postedToday(String name) {
    Instant midnight = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
    return wiring.state().orders().inStates(name, EnumSet.of(OrderState.POSTED)).stream()
        .filter(o -> o.postedAt() != null && !o.postedAt().isBefore(midnight))
        .count();
  }

  private Set<String> uncertainOrders(String name) {
    return wiring.state().postings().unresolved(name).stream()
        .map(Posting::orderId)
        .collect(Collectors.toSet());
  }

  @Override
  public List<CycleRun> runs(String connection, int limit) {
    return wiring.state().runs().recent(connection, limit);
  }

  @Override
  public OrderList orders(
      String connection, OrderView.View view, String search, int offset, int limit) {
    Set<String> uncertain = uncertainOrders(connection);
    String q = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
    List<OrderView> matching =
        wiring.state().orders().inStates(connection, EnumSet.allOf(OrderState.class)).stream()
            .map(
                o -> Orders.view(o, uncertain.contains(o.orderId()), sku -> bound(connection, sku)))
            .filter(o -> Orders.inView(o, view))
            .filter(o -> q.isEmpty() || Orders.matches(o, q))
            .sorted(Orders.NEWEST_FIRST)
            .toList();
    int from = Math.min(Math.max(offset, 0), matching.size());
    int to = Math.min(from + Math.max(limit, 0), matching.size());
    return new OrderList(matching.subList(from, to), matching.size());
  }

  @Override
  public Optional<OrderView> order(String connection, String orderId) {
    Set<String> uncertain = uncertainOrders(connection);
    return wiring
        .state()
        .orders()
        .find(connection, orderId)
        .map(o -> Orders.view(o, uncertain.contains(o.orderId()), sku -> bound(connection, sku)));
  }

  private boolean bound(String connection, String sku) {
    return wiring.state().bindings().find(connection, sku).isPresent();
  }

  @Override
  public List<StockRow> reconcile(String connection) {
    return settings.engine(connection).reconcile(false);
  }

  @Override
  public List<ItemView> items(String connection, String search) {
    String q = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
    return books(connection).inventoryItems().stream()
        .filter(i -> q.isEmpty() || contains(i.name(), q) || contains(i.sku(), q))
        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
        .limit(50)
        .map(i -> new ItemView(i.id(), i.name(), i.sku(), i.type(), i.quantityOnHand()))
        .toList();
  }

  private static boolean contains(String text, String q) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(q);
  }

  private Books books(String connection) {
    return wiring.context(settings.effective(connection)).books();
  }

  @Override
  public String pulse() {
    StringBuilder p = new StringBuilder();
    for (ConfigValues c : wiring.config().connections()) {
      String name = c.string("name");
      Optional<CycleRun> last = wiring.state().runs().recent(name, 1).stream().findFirst();
      p.append(name)
          .append(last.map(CycleRun::finishedAt).orElse(null))
          .append(running(name, last))
          .append(wiring.state().orders().countByState(name))
          .append(uncertainOrders(name).size())
          .append(
              wiring.state().stock().all(name).stream()
                  .map(StockRecord::status)
                  .sorted()
                  .toList()
                  .hashCode());
    }
    return Integer.toHexString(p.toString().hashCode());
  }

  @Override
  public ActionResult syncNow(String connection) {
    requested.put(connection, clock.instant());
    try {
      syncTrigger.accept(connection);
    } catch (RuntimeException e) {
      LOG.warn("sync of {} from the dashboard failed", connection, e);
      requested.remove(connection);
      return ActionResult.failed(
          "The sync of " + connection + " did not finish: " + e.getMessage());
    }
    return ActionResult.done(
        "A sync of " + connection + " has started; this page updates when it is done.");
  }

  @Override
  public ActionResult retry(String connection, String orderId) {
    Optional<TrackedOrder> order = settings.engine(connection).retry(orderId);
    if (order.isEmpty()) {
      return ActionResult.failed("There is no order " + orderId + " in " + connection + ".");
    }
    ActionResult sync = syncNow(connection);
    String back = "Order #" + order.get().snapshot().number() + " is back in line";
    return sync.ok()
        ? ActionResult.done(back + "; it is posted in the sync that just started.")
        : ActionResult.failed(back + ", but " + sync.message());
  }

  @Override
  public ActionResult ignore(String connection, String orderId, String note) {
    if (note == null || note.isBlank()) {
      return ActionResult.failed("Write a short note saying why the order is ignored.");
    }
    return settings
        .engine(connection)
        .ignore(orderId, note.trim())
        .map(
            o ->
                ActionResult.done(
                    "Order #"
                        + o.snapshot().number()
                        + " is ignored: it will not be posted to QuickBooks."))
        .orElse(ActionResult.failed("There is no order " + orderId + " in " + connection + "."));
  }

  @Override
  public ActionResult mapSku(String connection, String sku, String itemId) {
    if (sku == null || sku.isBlank() || itemId == null || itemId.isBlank()) {
      return ActionResult.failed("Choose a QuickBooks item for the SKU.");
    }
    Optional<BooksItem> item = books(connection).itemsById(List.of(itemId)).stream().findFirst();
    if (item.isEmpty()) {
      return ActionResult.failed("QuickBooks has no active item with id " + itemId + ".");
    }
    bind(connection, sku, item.get());
    return ActionResult.done(
        "SKU "
            + sku
            + " now maps to the QuickBooks item \""
            + item.get().name()
            + "\". Retry the order to post it.");
  }

  /**
   * Binds the SKU with the store's product ids (read from the store), so stock can be written to it
   * before the next full sweep; {@code SyncEngine.map} alone leaves them empty.
   */
  private void bind(String connection, String sku, BooksItem item) {
    var context = wiring.context(settings.effective(connection));
    Optional<StoreProduct> product =
        context.store().productsBySku(List.of(sku)).stream()
            .filter(p -> sku.equals(p.sku()))
            .findFirst();
    if (product.isEmpty()) {
      settings.engine(connection).map(sku, item.id());
      return;
    }
    StoreProduct p = product.get();
    wiring
        .state()
        .bindings()
        .save(
            new Binding(
                connection,
                sku,
                item.id(),
                p.address(),
                item.isInventory() && p.managesStock(),
                Binding.Origin.MAPPED));
  }

  @Override
  public ActionResult createItem(String connection, String orderId) {
    var engine = settings.engine(connection, Map.of("sync.unmatchedSku", "create-inventory"));
    Optional<TrackedOrder> waiting = engine.retry(orderId);
    if (waiting.isEmpty()) {
      return ActionResult.failed("There is no order " + orderId + " in " + connection + ".");
    }
    engine.syncOrders(List.of(waiting.get().orderId()));
    return order(connection, waiting.get().orderId())
        .map(
            o ->
                o.state() == OrderState.POSTED
                    ? ActionResult.done(
                        "Created the missing QuickBooks item(s) and posted order #"
                            + o.number()
                            + " as "
                            + o.documentType()
                            + " "
                            + o.documentNumber()
                            + ".")
                    : ActionResult.failed(
                        "Order #"
                            + o.number()
                            + " is still not posted: "
                            + (o.reason() == null ? "it waits for the next sync." : o.reason())))
        .orElseThrow();
  }

  @Override
  public ActionResult fixDrift(String connection) {
    List<StockRow> rows = settings.engine(connection).reconcile(true);
    List<String> fixed =
        rows.stream()
            .filter(r -> r.status() == StockStatus.FIXED)
            .map(r -> r.sku() + " now shows " + r.storeShows())
            .toList();
    List<String> failed =
        rows.stream()
            .filter(r -> r.status() == StockStatus.ERROR)
            .map(r -> r.sku() + ": " + r.message())
            .toList();
    if (!failed.isEmpty()) {
      return ActionResult.failed(
          "Some SKUs could not be fixed: " + String.join("; ", failed) + ".");
    }
    return fixed.isEmpty()
        ? ActionResult.done(
            "Nothing to fix: no SKU shows a different quantity in the store than it should.")
        : ActionResult.done("Fixed " + fixed.size() + " SKU(s): " + String.join("; ", fixed) + ".");
  }

  @Override
  public Map<String, String> settings(String connection) {
    ConfigValues values = settings.effective(connection);
    Map<String, String> shown = new java.util.LinkedHashMap<>();
    DashboardSettings.EDITABLE.forEach(k -> shown.put(k, values.string(k)));
    return shown;
  }

  @Override
  public SettingsResult saveSettings(String connection, Map<String, String> form) {
    return SettingsForm.save(settings, connection, form);
  }
}
