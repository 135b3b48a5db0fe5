package dev.stockbook.app.web.dashboard;

import static dev.stockbook.app.web.dashboard.Html.esc;

import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.state.StockStatus;
import java.util.List;

/** The reconcile table, read fresh from both sides, with "Fix drift". */
final class StockPage {
  private StockPage() {}

  static String render(
      String connection, List<StockRow> rows, String problem, Sessions.Session session) {
    String base = Layout.ROOT + "/connections/" + Html.url(connection) + "/stock";
    StringBuilder h =
        new StringBuilder(Layout.connectionHeading(connection, "Stock of " + connection));
    h.append(Layout.tabs(connection, "stock"));
    if (problem != null) {
      return h.append("<p class=\"flash bad\" role=\"alert\">")
          .append(esc(problem))
          .append("</p>")
          .toString();
    }
    long drift = rows.stream().filter(r -> r.status() == StockStatus.DRIFT).count();
    h.append("<p id=\"drift-summary\">")
        .append(
            drift == 0
                ? "The store shows what it should for every SKU."
                : drift
                    + " SKU(s) show a different quantity in the store than QuickBooks says they should.")
        .append("</p>");
    if (drift > 0) {
      h.append(Forms.post(base + "/fix", session, "Fix drift", "", "inline"));
    }
    h.append(
            "<div class=\"scroll\"><table class=\"stock\"><caption class=\"sr-only\">Stock reconcile</caption><thead><tr>")
        .append(
            "<th scope=\"col\">SKU</th><th scope=\"col\" class=\"num\">QuickBooks on hand</th><th scope=\"col\" class=\"num\">Pending</th>")
        .append(
            "<th scope=\"col\" class=\"num\">Should show</th><th scope=\"col\" class=\"num\">Store shows</th><th scope=\"col\">Status</th></tr></thead><tbody>");
    for (StockRow r : rows) {
      h.append("<tr data-sku=\"")
          .append(esc(r.sku()))
          .append("\" class=\"st-")
          .append(esc(r.status().code()))
          .append("\"><th scope=\"row\">")
          .append(esc(r.sku()))
          .append("</th><td class=\"num\">")
          .append(num(r.booksOnHand()))
          .append("</td><td class=\"num\">")
          .append(r.pending())
          .append("</td><td class=\"num\">")
          .append(num(r.shouldShow()))
          .append("</td><td class=\"num\">")
          .append(num(r.storeShows()))
          .append("</td><td><span class=\"status\">")
          .append(esc(r.status().label()))
          .append("</span>")
          .append(
              r.message() == null
                  ? ""
                  : "<br><span class=\"muted\">" + esc(r.message()) + "</span>")
          .append("</td></tr>");
    }
    return h.append("</tbody></table></div>").toString();
  }

  private static String num(Long n) {
    return n == null ? "–" : n.toString();
  }
}
