package dev.stockbook.bench;

import dev.stockbook.app.web.dashboard.DashboardBackend;
import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.state.CycleRun;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.StockStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A dashboard backend held in memory, made from a seed: one connection with {@code orders} orders
 * (a tenth parked), {@code skus} stock rows (some in drift, without an item, below zero) and 50
 * cycles. Reads only: the benchmark measures rendering and serving pages, not the engine.
 */
final class DashboardBenchBackend implements DashboardBackend {
  static final String CONNECTION = "bench";
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private final List<OrderView> orders = new ArrayList<>();
  private final List<StockRow> stock = new ArrayList<>();
  private final List<CycleRun> runs = new ArrayList<>();
  private final List<ItemView> items = new ArrayList<>();

  DashboardBenchBackend(int orderCount, int skus, long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < skus; i++) {
      stock.add(stockRow("SKU-" + i, random));
    }
    for (int i = orderCount; i > 0; i--) {
      orders.add(order(i, random, skus));
    }
    for (int i = 0; i < 50; i++) {
      Instant end = NOW.minus(Duration.ofMinutes(5L * i));
      runs.add(
          new CycleRun(
              CONNECTION,
              end.minusMillis(200 + random.nextInt(2000)),
              end,
              random.nextInt(30),
              random.nextInt(30),
              i % 7 == 0 ? 1 : 0,
              random.nextInt(60),
              i % 11 == 0 ? 1 : 0,
              i % 11 == 0 ? "QuickBooks answered 503 twice for order #" + i : "ok"));
    }
    for (int i = 0; i < 50; i++) {
      items.add(
          new ItemView(String.valueOf(i), "SKU-" + i, "SKU-" + i, "Inventory", BigDecimal.TEN));
    }
  }

  private static StockRow stockRow(String sku, Random random) {
    int kind = random.nextInt(20);
    long onHand = kind == 0 ? -3 : random.nextInt(500);
    StockStatus status =
        kind == 1 ? StockStatus.DRIFT : kind == 2 ? StockStatus.UNBOUND : StockStatus.IN_SYNC;
    Long books = status == StockStatus.UNBOUND ? null : onHand;
    Long store = status == StockStatus.DRIFT ? onHand + 5 : Math.max(onHand, 0);
    return new StockRow(
        sku, books, 0, books == null ? null : Math.max(onHand, 0), store, status, null);
  }

  private static OrderView order(int n, Random random, int skus) {
    boolean parked = n % 10 == 0;
    List<String> lines =
        List.of(
            "SKU-" + random.nextInt(skus),
            "SKU-" + random.nextInt(skus),
            "SKU-" + random.nextInt(skus));
    return new OrderView(
        String.valueOf(n),
        String.valueOf(n),
        "Customer " + random.nextInt(1000),
        NOW.minus(Duration.ofMinutes(n)),
        parked ? OrderState.PARKED : OrderState.POSTED,
        false,
        parked ? "Order #" + n + ": SKU " + lines.get(0) + " has no QuickBooks item." : null,
        parked ? null : "Sales receipt",
        parked ? null : "WEB-" + n,
        lines,
        parked ? List.of(lines.get(0)) : List.of(),
        new BigDecimal(random.nextInt(20000)).movePointLeft(2),
        "USD",
        NOW.minus(Duration.ofMinutes(n)),
        parked ? null : NOW.minus(Duration.ofMinutes(n - 1)));
  }

  /** An order the order page offers fixes for (parked). */
  String parkedOrderId() {
    return orders.stream().filter(OrderView::fixable).findFirst().orElseThrow().orderId();
  }

  @Override
  public List<ConnectionHealth> connections() {
    return List.of(
        new ConnectionHealth(
            CONNECTION,
            Health.ATTENTION,
            "Orders are waiting for you.",
            NOW,
            "ok",
            NOW.plus(Duration.ofMinutes(5)),
            false,
            orders.size(),
            orders.stream().filter(OrderView::fixable).count(),
            0,
            stock.stream().filter(r -> r.status() == StockStatus.DRIFT).count(),
            "Connected",
            true,
            1234L));
  }

  @Override
  public List<CycleRun> runs(String connection, int limit) {
    return runs.subList(0, Math.min(limit, runs.size()));
  }

  @Override
  public OrderList orders(
      String connection, OrderView.View view, String search, int offset, int limit) {
    String q = search == null ? "" : search.toLowerCase(Locale.ROOT);
    List<OrderView> matching =
        orders.stream()
            .filter(o -> view == null || (view == OrderView.View.PARKED) == o.fixable())
            .filter(o -> q.isEmpty() || o.number().contains(q) || o.skus().contains(search))
            .toList();
    int from = Math.min(offset, matching.size());
    return new OrderList(
        matching.subList(from, Math.min(from + limit, matching.size())), matching.size());
  }

  @Override
  public Optional<OrderView> order(String connection, String orderId) {
    return orders.stream().filter(o -> o.orderId().equals(orderId)).findFirst();
  }

  @Override
  public List<StockRow> reconcile(String connection) {
    return stock;
  }

  @Override
  public List<ItemView> items(String connection, String search) {
    return items;
  }

  @Override
  public String pulse() {
    return "bench";
  }

  private static ActionResult none() {
    return ActionResult.failed("The benchmark only reads.");
  }

  @Override
  public ActionResult syncNow(String connection) {
    return none();
  }

  @Override
  public ActionResult retry(String connection, String orderId) {
    return none();
  }

  @Override
  public ActionResult ignore(String connection, String orderId, String note) {
    return none();
  }

  @Override
  public ActionResult mapSku(String connection, String sku, String itemId) {
    return none();
  }

  @Override
  public ActionResult createItem(String connection, String orderId) {
    return none();
  }

  @Override
  public ActionResult fixDrift(String connection) {
    return none();
  }

  @Override
  public Map<String, String> settings(String connection) {
    return Map.of(
        "sync.matchRule", "name",
        "sync.documents", "auto",
        "sync.unmatchedSku", "hold",
        "sync.fallbackItem", "",
        "sync.safetyBuffer", "0",
        "sync.schedule", "5m");
  }

  @Override
  public SettingsResult saveSettings(String connection, Map<String, String> form) {
    return new SettingsResult(Map.of("sync.schedule", "The benchmark only reads."), form);
  }
}
