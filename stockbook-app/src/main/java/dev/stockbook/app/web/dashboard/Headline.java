package dev.stockbook.app.web.dashboard;

import dev.stockbook.app.web.dashboard.DashboardBackend.Health;
import dev.stockbook.core.state.CycleRun;

/** A connection's health in one colour and one sentence. */
record Headline(Health health, String text) {

  static Headline of(CycleRun last, long parked, long uncertain, long drift, boolean tokenOk) {
    if (!tokenOk) {
      return new Headline(
          Health.FAILING, "QuickBooks needs to be reconnected: nothing is posted until then.");
    }
    if (last != null && last.errors() > 0) {
      return new Headline(Health.FAILING, "The last sync ran into problems: " + last.summary());
    }
    if (parked > 0 || uncertain > 0 || drift > 0) {
      StringBuilder s = new StringBuilder();
      append(s, parked, "order is waiting for you", "orders are waiting for you");
      append(
          s,
          uncertain,
          "order is being checked in QuickBooks",
          "orders are being checked in QuickBooks");
      append(
          s,
          drift,
          "SKU shows a different stock in the store",
          "SKUs show a different stock in the store");
      return new Headline(Health.ATTENTION, s + ".");
    }
    if (last == null) {
      return new Headline(Health.ATTENTION, "Not synced yet.");
    }
    return new Headline(Health.HEALTHY, "All good: orders and stock are in sync.");
  }

  private static void append(StringBuilder s, long n, String one, String many) {
    if (n == 0) {
      return;
    }
    if (s.length() > 0) {
      s.append("; ");
    }
    s.append(n).append(' ').append(n == 1 ? one : many);
  }
}
