package dev.stockbook.app.web.dashboard;

import dev.stockbook.app.web.dashboard.DashboardBackend.ItemView;
import gg.jte.Content;
import java.util.List;

/**
 * Maps a store SKU that has no QuickBooks item to one ({@code sku.jte}), from the Stock page's
 * "Map" link: the same search and choice as on a held order's page.
 */
final class SkuPage {
  private SkuPage() {}

  record Model(
      Layout.Heading heading,
      String sku,
      String connectionBase,
      String itemSearch,
      List<ItemView> items,
      Sessions.Session session) {}

  static Content render(
      String connection,
      String sku,
      String itemSearch,
      List<ItemView> items,
      Sessions.Session session) {
    return Templates.content(
        "sku.jte",
        new Model(
            new Layout.Heading(connection, "Map SKU " + sku, "stock"),
            sku,
            Layout.ROOT + "/connections/" + Html.url(connection),
            itemSearch,
            items,
            session));
  }
}
