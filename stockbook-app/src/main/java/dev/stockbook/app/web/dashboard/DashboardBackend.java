package dev.stockbook.app.web.dashboard;

import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.state.CycleRun;
import dev.stockbook.core.state.OrderState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the dashboard reads and does, in the merchant's terms. {@link WiringDashboardBackend} serves
 * it from the state database and the engines; tests may serve it from anything. Every action
 * answers with a sentence the page shows as it is.
 */
public interface DashboardBackend {

  /** Every connection with its health, in config order. */
  List<ConnectionHealth> connections();

  /** One connection's health, or empty when no connection has that name. */
  default Optional<ConnectionHealth> connection(String name) {
    return connections().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The newest cycles, newest first. */
  List<CycleRun> runs(String connection, int limit);

  /**
   * Orders in the view ({@code null} = all) whose number, id, customer or a SKU contains {@code
   * search}, newest placed first: {@code limit} of them from {@code offset}, with how many match.
   */
  OrderList orders(String connection, OrderView.View view, String search, int offset, int limit);

  Optional<OrderView> order(String connection, String orderId);

  /** The reconcile table, read fresh from both sides. */
  List<StockRow> reconcile(String connection);

  /** QuickBooks items whose name or SKU contains {@code search} (the "map SKU" list). */
  List<ItemView> items(String connection, String search);

  /** Changes whenever anything a page shows may have changed (pages poll it to refresh). */
  String pulse();

  ActionResult syncNow(String connection);

  ActionResult retry(String connection, String orderId);

  ActionResult ignore(String connection, String orderId, String note);

  ActionResult mapSku(String connection, String sku, String itemId);

  ActionResult createItem(String connection, String orderId);

  ActionResult fixDrift(String connection);

  /** The settings the dashboard edits, as text, current values (config plus saved overrides). */
  Map<String, String> settings(String connection);

  /** Validates and saves; nothing is saved when any field is wrong. */
  SettingsResult saveSettings(String connection, Map<String, String> form);

  /** How a connection is doing, at a glance. */
  record ConnectionHealth(
      String name,
      Health health,
      String headline,
      Instant lastCycle,
      String lastSummary,
      Instant nextCycle,
      boolean running,
      long postedToday,
      long parked,
      long uncertain,
      long drift,
      String tokenStatus,
      boolean tokenOk,
      Long apiCalls) {}

  /** Green, amber, red. */
  enum Health {
    HEALTHY,
    ATTENTION,
    FAILING
  }

  /** A page of orders and how many match in all. */
  record OrderList(List<OrderView> orders, int total) {}

  /**
   * One store order as the merchant sees it; {@code customer} is the buyer's name (or company, or
   * email), {@code placedAt} when the store says it was placed.
   */
  record OrderView(
      String orderId,
      String number,
      String customer,
      Instant placedAt,
      OrderState state,
      boolean uncertain,
      String reason,
      String documentType,
      String documentNumber,
      List<String> skus,
      List<String> unmappedSkus,
      BigDecimal total,
      String currency,
      Instant firstSeenAt,
      Instant postedAt) {

    /** The tabs of the orders list. */
    public enum View {
      POSTED,
      PARKED,
      UNCERTAIN,
      OTHER
    }

    public boolean fixable() {
      return state == OrderState.PARKED || state == OrderState.IGNORED;
    }
  }

  /** A QuickBooks item offered for mapping. */
  record ItemView(String id, String name, String sku, String type, BigDecimal quantityOnHand) {}

  /** What an action did, in one sentence. */
  record ActionResult(boolean ok, String message) {
    public static ActionResult done(String message) {
      return new ActionResult(true, message);
    }

    public static ActionResult failed(String message) {
      return new ActionResult(false, message);
    }
  }

  /** Field errors by field name (empty when saved) and the values to show again. */
  record SettingsResult(Map<String, String> errors, Map<String, String> values) {
    public boolean saved() {
      return errors.isEmpty();
    }
  }
}
