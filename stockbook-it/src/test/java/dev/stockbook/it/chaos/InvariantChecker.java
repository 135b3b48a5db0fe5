package dev.stockbook.it.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.state.Binding;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.PostingState;
import dev.stockbook.core.state.StateStore;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import dev.stockbook.store.config.ConfigValues;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads both simulators over HTTP (and the engine's state file for parked reasons and pending
 * quantities) and checks what must hold after any number of crashes and faults.
 */
final class InvariantChecker {
  /** One invariant: how many things it looked at, and every violation in plain words. */
  record Invariant(String name, int checked, List<String> violations) {
    boolean passed() {
      return violations.isEmpty();
    }
  }

  /** Every invariant. */
  record Report(List<Invariant> invariants) {
    long failed() {
      return invariants.stream().filter(i -> !i.passed()).count();
    }

    void print(PrintStream out) {
      for (Invariant i : invariants) {
        out.println(
            (i.passed() ? "PASS " : "FAIL ")
                + i.name()
                + " ("
                + i.checked()
                + " checked)"
                + (i.passed()
                    ? ""
                    : ": "
                        + String.join(
                            "; ", i.violations().subList(0, Math.min(5, i.violations().size())))
                        + (i.violations().size() > 5
                            ? "; and " + (i.violations().size() - 5) + " more"
                            : "")));
      }
      out.println((invariants.size() - failed()) + " passed, " + failed() + " failed");
    }
  }

  /** Lifecycles that are sales, whatever the store calls them. */
  private static final Set<OrderLifecycle> SOLD =
      Set.of(
          OrderLifecycle.PAID,
          OrderLifecycle.FULFILLED,
          OrderLifecycle.ON_HOLD,
          OrderLifecycle.REFUNDED);

  private final ChaosWorld world;

  InvariantChecker(ChaosWorld world) {
    this.world = world;
  }

  Report check() throws Exception {
    ConfigValues values = ConnectionConfig.validate(world.connection, "").values();
    try (Wiring wiring =
            Wiring.open(
                new StockbookConfig(world.databaseUrl, 0, "", List.of(values)), Clock.systemUTC());
        StoreConnector store = wiring.context(values).store()) {
      QuickBooksClient qb = world.client();
      Map<String, List<JsonNode>> sales = byDocNumber(qb, "SalesReceipt", "Invoice");
      Map<String, List<JsonNode>> refunds = byDocNumber(qb, "RefundReceipt");
      List<StoreOrder> orders = allOrders(store);
      StateStore state = wiring.state();
      String conn = values.string("name");
      Map<String, TrackedOrder> tracked = new HashMap<>();
      orders.forEach(o -> state.orders().find(conn, o.id()).ifPresent(t -> tracked.put(o.id(), t)));
      List<Invariant> out = new ArrayList<>();
      out.add(salesOnce(orders, sales, tracked));
      out.add(refundsOnce(orders, refunds, tracked));
      out.add(cancelledVoided(orders, sales));
      out.add(noOrderLost(orders, tracked, state, conn));
      out.add(stockMatches(qb, store, state, conn));
      return new Report(out);
    }
  }

  private Invariant salesOnce(
      List<StoreOrder> orders,
      Map<String, List<JsonNode>> sales,
      Map<String, TrackedOrder> tracked) {
    List<String> bad = new ArrayList<>();
    int n = 0;
    for (StoreOrder o : orders) {
      if (!SOLD.contains(o.lifecycle())) {
        continue;
      }
      n++;
      List<JsonNode> docs = sales.getOrDefault("WEB-" + o.number(), List.of());
      boolean parked =
          tracked.containsKey(o.id()) && tracked.get(o.id()).state() == OrderState.PARKED;
      if (docs.size() != 1 && !(docs.isEmpty() && parked)
          || docs.size() == 1 && voided(docs.get(0))) {
        bad.add(
            "order #"
                + o.number()
                + " ("
                + o.status()
                + ") has "
                + docs.size()
                + " sale documents"
                + (docs.size() == 1 ? " and it is voided" : ""));
      }
    }
    return new Invariant(
        "every sold store order is in QuickBooks exactly once (WEB-<number>), or parked with a reason",
        n,
        bad);
  }

  private Invariant refundsOnce(
      List<StoreOrder> orders,
      Map<String, List<JsonNode>> refunds,
      Map<String, TrackedOrder> tracked) {
    List<String> bad = new ArrayList<>();
    int n = 0;
    for (StoreOrder o : orders) {
      TrackedOrder t = tracked.get(o.id());
      if (!SOLD.contains(o.lifecycle()) || t == null || t.state() != OrderState.POSTED) {
        continue;
      }
      List<StoreRefund> sorted =
          o.refunds().stream().sorted(Comparator.comparing(StoreRefund::createdAt)).toList();
      for (int i = 1; i <= sorted.size(); i++) {
        n++;
        int count = refunds.getOrDefault("WEB-" + o.number() + "-R" + i, List.of()).size();
        if (count != 1) {
          bad.add(
              "refund "
                  + sorted.get(i - 1).id()
                  + " of order #"
                  + o.number()
                  + " is in QuickBooks "
                  + count
                  + " times");
        }
      }
      if (refunds.containsKey("WEB-" + o.number() + "-R" + (sorted.size() + 1))) {
        bad.add(
            "order #"
                + o.number()
                + " has more refund receipts than the store's "
                + sorted.size()
                + " refunds");
      }
    }
    return new Invariant(
        "every store refund is in QuickBooks exactly once (WEB-<number>-R<n>)", n, bad);
  }

  private Invariant cancelledVoided(List<StoreOrder> orders, Map<String, List<JsonNode>> sales) {
    List<String> bad = new ArrayList<>();
    int n = 0;
    for (StoreOrder o : orders) {
      if (!o.lifecycle().cancels()) {
        continue;
      }
      n++;
      List<JsonNode> docs = sales.getOrDefault("WEB-" + o.number(), List.of());
      if (docs.size() > 1 || docs.size() == 1 && !voided(docs.get(0))) {
        bad.add(
            "cancelled order #"
                + o.number()
                + " has "
                + docs.size()
                + " sale documents, not one voided or none");
      }
    }
    return new Invariant(
        "every cancelled order is voided in QuickBooks or was never posted", n, bad);
  }

  private Invariant noOrderLost(
      List<StoreOrder> orders, Map<String, TrackedOrder> tracked, StateStore state, String conn) {
    List<String> bad = new ArrayList<>();
    for (StoreOrder o : orders) {
      TrackedOrder t = tracked.get(o.id());
      if (t == null) {
        bad.add("order #" + o.number() + " was never read");
      } else if (t.state() == OrderState.WAITING) {
        bad.add("order #" + o.number() + " is still waiting after the clean cycles");
      } else if ((t.state() == OrderState.PARKED || t.state() == OrderState.IGNORED)
          && (t.reason() == null || t.reason().isBlank())) {
        bad.add("order #" + o.number() + " is " + t.state() + " without a reason");
      } else if (t.state() == OrderState.PARKED) {
        bad.add("order #" + o.number() + " is parked: " + t.reason());
      }
    }
    state
        .postings()
        .unresolved(conn)
        .forEach(p -> bad.add("posting " + p.key() + " is still " + p.state()));
    state
        .postings()
        .inState(conn, PostingState.NOT_APPLIED)
        .forEach(p -> bad.add("posting " + p.key() + " is still NOT_APPLIED"));
    return new Invariant(
        "no order lost or stuck (every order read; none waiting; no write left unresolved)",
        orders.size(),
        bad);
  }

  private Invariant stockMatches(
      QuickBooksClient qb, StoreConnector store, StateStore state, String conn) {
    Map<String, BigDecimal> onHand = new HashMap<>();
    qb.queryAll("select * from Item")
        .forEach(i -> onHand.put(i.path("Id").asText(), i.path("QtyOnHand").decimalValue()));
    Map<String, BigDecimal> pending = new HashMap<>();
    for (TrackedOrder t :
        state.orders().inStates(conn, List.of(OrderState.WAITING, OrderState.PARKED))) {
      t.snapshot().lines().forEach(l -> pending.merge(l.sku(), l.quantity(), BigDecimal::add));
    }
    List<Binding> bound = state.bindings().all(conn).stream().filter(Binding::tracked).toList();
    Map<String, Long> shows = new HashMap<>();
    store
        .productsBySku(bound.stream().map(Binding::sku).toList())
        .forEach(p -> shows.put(p.sku(), p.stockQuantity()));
    List<String> bad = new ArrayList<>();
    for (Binding b : bound) {
      BigDecimal expected =
          onHand
              .getOrDefault(b.booksItemId(), BigDecimal.ZERO)
              .subtract(pending.getOrDefault(b.sku(), BigDecimal.ZERO))
              .max(BigDecimal.ZERO);
      Long actual = shows.get(b.sku());
      if (actual == null || expected.compareTo(BigDecimal.valueOf(actual)) != 0) {
        bad.add(
            b.sku()
                + ": store shows "
                + actual
                + ", QuickBooks "
                + onHand.get(b.booksItemId())
                + " minus pending "
                + pending.getOrDefault(b.sku(), BigDecimal.ZERO)
                + " is "
                + expected);
      }
    }
    return new Invariant(
        "for every bound SKU the store shows QuickBooks' QtyOnHand minus pending",
        bound.size(),
        bad);
  }

  private static boolean voided(JsonNode doc) {
    return doc.path("TotalAmt").decimalValue().signum() == 0
        && doc.path("PrivateNote").asText().contains("Voided");
  }

  private static Map<String, List<JsonNode>> byDocNumber(QuickBooksClient qb, String... entities) {
    Map<String, List<JsonNode>> out = new HashMap<>();
    for (String entity : entities) {
      qb.queryAll("select * from " + entity)
          .forEach(
              d ->
                  out.computeIfAbsent(d.path("DocNumber").asText(), k -> new ArrayList<>()).add(d));
    }
    return out;
  }

  /**
   * One page of the listing; a store that throttles (Shopify's cost bucket, drained by the run) is
   * asked again once it has had time to refill, as the engine's next turn would.
   */
  private static OrderPage patiently(StoreConnector store, OrderCursor at) {
    for (int attempt = 1; ; attempt++) {
      try {
        return store.ordersChangedSince(at);
      } catch (dev.stockbook.store.RetriableStoreException e) {
        if (attempt == 30) {
          throw e;
        }
        try {
          Thread.sleep(1000); // a real store's bucket refills in real time
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  static List<StoreOrder> allOrders(StoreConnector store) {
    List<StoreOrder> all = new ArrayList<>();
    Map<String, StoreOrder> seen = new java.util.LinkedHashMap<>();
    OrderCursor at = OrderCursor.since(Instant.EPOCH);
    for (int page = 0; page < 1000; page++) {
      OrderPage p = patiently(store, at);
      p.orders().forEach(o -> seen.put(o.id(), o));
      if (!p.more()) {
        break;
      }
      at = p.next();
    }
    all.addAll(seen.values());
    return all;
  }
}
