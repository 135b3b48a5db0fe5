package dev.stockbook.app.web.dashboard;

import dev.stockbook.app.web.dashboard.DashboardBackend.OrderView;
import gg.jte.Content;
import java.util.List;
import java.util.Locale;

/**
 * A connection's orders: posted, parked, uncertain, others; filtered and searched by number or SKU
 * ({@code orders.jte}).
 */
final class OrdersPage {
  private OrdersPage() {}

  /** One of the filter links above the list. */
  record Filter(String href, String label, boolean current) {}

  /** One order in the list. */
  record Row(OrderView o, String href) {
    String state() {
      return Orders.stateLabel(o);
    }

    String stateClass() {
      return "state state-" + state().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    String sentence() {
      return Orders.sentence(o);
    }

    String document() {
      return o.documentNumber() == null ? "" : o.documentType() + " " + o.documentNumber();
    }

    String skus() {
      return String.join(", ", o.skus());
    }
  }

  record Model(
      Layout.Heading heading,
      String base,
      List<Filter> filters,
      String view,
      String search,
      List<Row> rows) {}

  static Content render(
      String connection, OrderView.View view, String search, List<OrderView> orders) {
    String base = Layout.ROOT + "/connections/" + Html.url(connection) + "/orders";
    List<Filter> filters =
        List.of(
            filter(base, search, null, "All", view),
            filter(base, search, OrderView.View.PARKED, "Waiting for you", view),
            filter(base, search, OrderView.View.UNCERTAIN, "Being checked", view),
            filter(base, search, OrderView.View.POSTED, "Posted", view),
            filter(base, search, OrderView.View.OTHER, "Other", view));
    List<Row> rows =
        orders.stream().map(o -> new Row(o, base + "/" + Html.url(o.orderId()))).toList();
    return Templates.content(
        "orders.jte",
        new Model(
            new Layout.Heading(connection, "Orders of " + connection, "orders"),
            base,
            filters,
            view == null ? null : view.name().toLowerCase(Locale.ROOT),
            search,
            rows));
  }

  private static Filter filter(
      String base, String search, OrderView.View v, String label, OrderView.View current) {
    String href =
        base
            + "?view="
            + (v == null ? "all" : v.name().toLowerCase(Locale.ROOT))
            + (search == null || search.isBlank() ? "" : "&q=" + Html.url(search));
    return new Filter(href, label, v == current);
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
