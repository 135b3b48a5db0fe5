package dev.stockbook.app.web.dashboard;

import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.state.StockStatus;
import gg.jte.Content;
import java.util.ArrayList;
import java.util.List;

/**
 * The reconcile table, read fresh from both sides, with "Fix drift" ({@code stock.jte}). The
 * summary says every SKU is right only when none is in drift, failing, without a QuickBooks item,
 * or below zero in QuickBooks; a SKU without an item links to the page that maps it.
 */
final class StockPage {
  private StockPage() {}

  /** One SKU as shown: a negative QuickBooks quantity is never "In sync". */
  record Row(StockRow r, String mapHref) {
    boolean negative() {
      return r.booksOnHand() != null && r.booksOnHand() < 0;
    }

    boolean unbound() {
      return r.status() == StockStatus.UNBOUND;
    }

    String rowClass() {
      return negative() ? "st-negative" : "st-" + r.status().code();
    }

    String status() {
      return negative() ? "Below zero in QuickBooks" : r.status().label();
    }

    String message() {
      if (!negative()) {
        return r.message();
      }
      String said =
          "QuickBooks has "
              + r.booksOnHand()
              + " on hand, so the store is shown "
              + num(r.shouldShow())
              + ": correct the quantity in QuickBooks (an inventory adjustment or a missing purchase).";
      return r.message() == null ? said : said + " " + r.message();
    }
  }

  record Model(
      Layout.Heading heading,
      String base,
      List<Row> rows,
      String problem,
      Sessions.Session session) {
    long drift() {
      return count(r -> r.r().status() == StockStatus.DRIFT);
    }

    private long count(java.util.function.Predicate<Row> p) {
      return rows.stream().filter(p).count();
    }

    /** One sentence per kind of problem, or that every SKU is right. */
    String summary() {
      if (rows.isEmpty()) {
        return "There is no SKU to compare yet.";
      }
      List<String> said = new ArrayList<>();
      say(said, drift(), "show a different quantity in the store than QuickBooks says they should");
      say(
          said,
          count(Row::unbound),
          "have no QuickBooks item, so Stockbook publishes no stock for them");
      say(said, count(Row::negative), "are below zero in QuickBooks");
      say(said, count(r -> r.r().status() == StockStatus.ERROR), "could not be read or written");
      return said.isEmpty()
          ? "The store shows what it should for every SKU."
          : String.join("; ", said) + ".";
    }

    private static void say(List<String> said, long n, String what) {
      if (n > 0) {
        said.add(n + " SKU(s) " + what);
      }
    }
  }

  static Content render(
      String connection, List<StockRow> rows, String problem, Sessions.Session session) {
    String connectionBase = Layout.ROOT + "/connections/" + Html.url(connection);
    List<Row> shown =
        rows.stream()
            .map(r -> new Row(r, connectionBase + "/map?sku=" + Html.url(r.sku())))
            .toList();
    return Templates.content(
        "stock.jte",
        new Model(
            new Layout.Heading(connection, "Stock of " + connection, "stock"),
            connectionBase + "/stock",
            shown,
            problem,
            session));
  }

  /** A quantity, or a dash when there is none. */
  static String num(Long n) {
    return n == null ? "–" : n.toString();
  }
}
