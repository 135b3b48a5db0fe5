package dev.stockbook.app.web.dashboard;

import dev.stockbook.app.web.dashboard.DashboardBackend.ItemView;
import dev.stockbook.app.web.dashboard.DashboardBackend.OrderView;
import gg.jte.Content;
import java.time.ZoneId;
import java.util.List;

/**
 * One order and the fixes that match its reason: map the SKU, create the item, retry, or ignore
 * ({@code order.jte}).
 */
final class OrderPage {
  private OrderPage() {}

  record Model(
      Layout.Heading heading,
      OrderView o,
      String base,
      String itemSearch,
      List<String> skusToMap,
      List<ItemView> items,
      Sessions.Session session,
      ZoneId zone) {
    String sentence() {
      return Orders.sentence(o);
    }

    String state() {
      return Orders.stateLabel(o);
    }

    String total() {
      return o.total() == null ? "" : o.total().toPlainString() + " " + o.currency();
    }

    String skus() {
      return String.join(", ", o.skus());
    }

    String firstSeen() {
      return Html.when(o.firstSeenAt(), zone);
    }

    String inBooks() {
      return o.documentNumber() == null
          ? null
          : o.documentType()
              + " "
              + o.documentNumber()
              + " (posted "
              + Html.when(o.postedAt(), zone)
              + ")";
    }
  }

  static Content render(
      String connection,
      OrderView o,
      String itemSearch,
      List<ItemView> items,
      Sessions.Session session,
      ZoneId zone) {
    String base =
        Layout.ROOT + "/connections/" + Html.url(connection) + "/orders/" + Html.url(o.orderId());
    return Templates.content(
        "order.jte",
        new Model(
            new Layout.Heading(connection, "Order #" + o.number(), "orders"),
            o,
            base,
            itemSearch,
            o.fixable() ? o.unmappedSkus() : List.of(),
            items,
            session,
            zone));
  }
}
