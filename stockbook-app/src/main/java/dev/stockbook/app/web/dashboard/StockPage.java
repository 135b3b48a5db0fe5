package dev.stockbook.app.web.dashboard;

import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.state.StockStatus;
import gg.jte.Content;
import java.util.List;

/** The reconcile table, read fresh from both sides, with "Fix drift" ({@code stock.jte}). */
final class StockPage {
  private StockPage() {}

  record Model(
      Layout.Heading heading,
      String base,
      List<StockRow> rows,
      String problem,
      Sessions.Session session) {
    long drift() {
      return rows.stream().filter(r -> r.status() == StockStatus.DRIFT).count();
    }

    String summary() {
      long drift = drift();
      return drift == 0
          ? "The store shows what it should for every SKU."
          : drift
              + " SKU(s) show a different quantity in the store than QuickBooks says they should.";
    }
  }

  static Content render(
      String connection, List<StockRow> rows, String problem, Sessions.Session session) {
    String base = Layout.ROOT + "/connections/" + Html.url(connection) + "/stock";
    return Templates.content(
        "stock.jte",
        new Model(
            new Layout.Heading(connection, "Stock of " + connection, "stock"),
            base,
            rows,
            problem,
            session));
  }

  /** A quantity, or a dash when there is none. */
  static String num(Long n) {
    return n == null ? "–" : n.toString();
  }
}
