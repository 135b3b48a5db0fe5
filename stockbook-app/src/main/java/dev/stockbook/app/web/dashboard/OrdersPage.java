package dev.stockbook.app.web.dashboard;

import static dev.stockbook.app.web.dashboard.Html.esc;

import dev.stockbook.app.web.dashboard.DashboardBackend.OrderView;
import java.util.List;
import java.util.Locale;

/**
 * A connection's orders: posted, parked, uncertain, others; filtered and searched by number or SKU.
 */
final class OrdersPage {
  private OrdersPage() {}

  static String render(
      String connection, OrderView.View view, String search, List<OrderView> orders) {
    String base = Layout.ROOT + "/connections/" + Html.url(connection) + "/orders";
    StringBuilder h =
        new StringBuilder(Layout.connectionHeading(connection, "Orders of " + connection));
    h.append(Layout.tabs(connection, "orders"));
    h.append("<nav class=\"filters\" aria-label=\"Which orders\"><ul>");
    filter(h, base, search, null, "All", view);
    filter(h, base, search, OrderView.View.PARKED, "Waiting for you", view);
    filter(h, base, search, OrderView.View.UNCERTAIN, "Being checked", view);
    filter(h, base, search, OrderView.View.POSTED, "Posted", view);
    filter(h, base, search, OrderView.View.OTHER, "Other", view);
    h.append("</ul></nav>");
    h.append("<form method=\"get\" action=\"")
        .append(esc(base))
        .append("\" class=\"search\" role=\"search\">");
    if (view != null) {
      h.append(Forms.hidden("view", view.name().toLowerCase(Locale.ROOT)));
    }
    h.append(
            "<label for=\"q\">Order number or SKU</label><input id=\"q\" name=\"q\" type=\"search\" value=\"")
        .append(esc(search))
        .append("\"><button type=\"submit\">Search</button></form>");
    if (orders.isEmpty()) {
      return h.append("<p class=\"empty\">No orders here.</p>").toString();
    }
    h.append(
            "<div class=\"scroll\"><table class=\"orders\"><caption class=\"sr-only\">Orders</caption><thead><tr>")
        .append(
            "<th scope=\"col\">Order</th><th scope=\"col\">Status</th><th scope=\"col\">What happened</th>")
        .append("<th scope=\"col\">QuickBooks</th><th scope=\"col\">SKUs</th></tr></thead><tbody>");
    for (OrderView o : orders) {
      h.append("<tr data-order=\"")
          .append(esc(o.number()))
          .append("\"><td><a href=\"")
          .append(esc(base + "/" + Html.url(o.orderId())))
          .append("\">#")
          .append(esc(o.number()))
          .append("</a></td><td><span class=\"state state-")
          .append(esc(Orders.stateLabel(o).toLowerCase(Locale.ROOT).replace(' ', '-')))
          .append("\">")
          .append(esc(Orders.stateLabel(o)))
          .append("</span></td><td>")
          .append(esc(Orders.sentence(o)))
          .append("</td><td>")
          .append(
              o.documentNumber() == null ? "" : esc(o.documentType() + " " + o.documentNumber()))
          .append("</td><td>")
          .append(esc(String.join(", ", o.skus())))
          .append("</td></tr>");
    }
    return h.append("</tbody></table></div>").toString();
  }

  private static void filter(
      StringBuilder h,
      String base,
      String search,
      OrderView.View v,
      String label,
      OrderView.View current) {
    String href =
        base
            + "?view="
            + (v == null ? "all" : v.name().toLowerCase(Locale.ROOT))
            + (search == null || search.isBlank() ? "" : "&q=" + Html.url(search));
    h.append("<li><a href=\"")
        .append(esc(href))
        .append('"')
        .append(v == current ? " aria-current=\"true\"" : "")
        .append('>')
        .append(esc(label))
        .append("</a></li>");
  }

  /** The view named in the query, or null for all. */
  static OrderView.View view(String param) {
    if (param == null || param.isBlank() || param.equals("all")) {
      return null;
    }
    try {
      return OrderView.View.valueOf(param.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
