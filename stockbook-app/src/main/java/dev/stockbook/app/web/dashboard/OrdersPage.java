package dev.stockbook.app.web.dashboard;

import dev.stockbook.app.web.dashboard.DashboardBackend.OrderList;
import dev.stockbook.app.web.dashboard.DashboardBackend.OrderView;
import gg.jte.Content;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A connection's orders, newest placed first, a page at a time: date, customer, total, status and
 * what happened; filtered (posted, parked, uncertain, others) and searched by number, customer or
 * SKU ({@code orders.jte}).
 */
final class OrdersPage {
  static final int PAGE_SIZE = 25;
  static final int MAX_PAGE_SIZE = 200;

  private OrdersPage() {}

  /** Which slice of the list: 1-based {@code page} of {@code size} orders. */
  record Paging(int page, int size) {
    static Paging of(String page, String size) {
      int s = Math.min(Math.max(number(size, PAGE_SIZE), 1), MAX_PAGE_SIZE);
      return new Paging(Math.max(number(page, 1), 1), s);
    }

    int offset() {
      return (page - 1) * size;
    }

    private static int number(String text, int otherwise) {
      try {
        return text == null || text.isBlank() ? otherwise : Integer.parseInt(text.trim());
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }
  }

  /** One of the filter links above the list. */
  record Filter(String href, String label, boolean current) {}

  /** One order in the list. */
  record Row(OrderView o, String href, ZoneId zone) {
    String placed() {
      return Html.when(o.placedAt(), zone);
    }

    String placedIso() {
      return o.placedAt() == null ? null : o.placedAt().toString();
    }

    String total() {
      return o.total() == null ? "" : o.total().toPlainString() + " " + o.currency();
    }

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
      List<Row> rows,
      String shown,
      String newer,
      String older) {}

  static Content render(
      String connection,
      OrderView.View view,
      String search,
      Paging paging,
      OrderList list,
      ZoneId zone) {
    String base = Layout.ROOT + "/connections/" + Html.url(connection) + "/orders";
    String viewParam = view == null ? "all" : view.name().toLowerCase(Locale.ROOT);
    List<Row> rows =
        list.orders().stream()
            .map(o -> new Row(o, base + "/" + Html.url(o.orderId()), zone))
            .toList();
    int first = paging.offset() + 1;
    int last = paging.offset() + rows.size();
    boolean more = last < list.total();
    return Templates.content(
        "orders.jte",
        new Model(
            new Layout.Heading(connection, "Orders of " + connection, "orders"),
            base,
            filters(base, search, view),
            view == null ? null : viewParam,
            search,
            rows,
            rows.isEmpty()
                ? null
                : "Orders " + first + "–" + last + " of " + list.total() + ", newest first",
            paging.page() > 1 ? href(base, viewParam, search, paging.page() - 1, paging) : null,
            more ? href(base, viewParam, search, paging.page() + 1, paging) : null));
  }

  private static List<Filter> filters(String base, String search, OrderView.View view) {
    return List.of(
        filter(base, search, null, "All", view),
        filter(base, search, OrderView.View.PARKED, "Waiting for you", view),
        filter(base, search, OrderView.View.UNCERTAIN, "Being checked", view),
        filter(base, search, OrderView.View.POSTED, "Posted", view),
        filter(base, search, OrderView.View.OTHER, "Other", view));
  }

  private static String href(String base, String view, String search, int page, Paging paging) {
    return base
        + "?view="
        + view
        + (search == null || search.isBlank() ? "" : "&q=" + Html.url(search))
        + "&page="
        + page
        + (paging.size() == PAGE_SIZE ? "" : "&size=" + paging.size());
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
