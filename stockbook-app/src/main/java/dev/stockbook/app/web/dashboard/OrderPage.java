package dev.stockbook.app.web.dashboard;

import static dev.stockbook.app.web.dashboard.Html.esc;

import dev.stockbook.app.web.dashboard.DashboardBackend.ItemView;
import dev.stockbook.app.web.dashboard.DashboardBackend.OrderView;
import java.time.ZoneId;
import java.util.List;

/**
 * One order and the fixes that match its reason: map the SKU, create the item, retry, or ignore.
 */
final class OrderPage {
  private OrderPage() {}

  static String render(
      String connection,
      OrderView o,
      String itemSearch,
      List<ItemView> items,
      Sessions.Session session,
      ZoneId zone) {
    String base =
        Layout.ROOT + "/connections/" + Html.url(connection) + "/orders/" + Html.url(o.orderId());
    StringBuilder h =
        new StringBuilder(Layout.connectionHeading(connection, "Order #" + o.number()));
    h.append(Layout.tabs(connection, "orders"));
    h.append("<p class=\"sentence\" id=\"order-sentence\">")
        .append(esc(Orders.sentence(o)))
        .append("</p>");
    h.append("<dl class=\"facts\">");
    fact(h, "Status", Orders.stateLabel(o));
    fact(h, "Total", o.total() == null ? "" : o.total().toPlainString() + " " + o.currency());
    fact(h, "SKUs", String.join(", ", o.skus()));
    fact(h, "First seen", Html.when(o.firstSeenAt(), zone));
    if (o.documentNumber() != null) {
      fact(
          h,
          "In QuickBooks",
          o.documentType()
              + " "
              + o.documentNumber()
              + " (posted "
              + Html.when(o.postedAt(), zone)
              + ")");
    }
    h.append("</dl>");
    if (!o.fixable()) {
      return h.toString();
    }
    h.append("<h2>Fix it</h2>");
    for (String sku : o.unmappedSkus()) {
      h.append(mapSku(base, sku, itemSearch, items, session));
    }
    if (!o.unmappedSkus().isEmpty()) {
      h.append(
              "<section class=\"fix\"><h3>Or create the item in QuickBooks</h3><p>Stockbook creates an inventory item named ")
          .append(esc(String.join(", ", o.unmappedSkus())))
          .append(" with the store's quantity, then posts the order.</p>")
          .append(Forms.post(base + "/create-item", session, "Create item and post", "", "inline"))
          .append("</section>");
    }
    h.append(
            "<section class=\"fix\"><h3>Try again</h3><p>Puts the order back in line and syncs now.</p>")
        .append(Forms.post(base + "/retry", session, "Retry", "", "inline"))
        .append("</section>");
    h.append("<section class=\"fix\"><h3>Ignore it</h3>")
        .append(Forms.open(base + "/ignore", session, "stacked"))
        .append("<label for=\"note\">Note (why this order should not go to QuickBooks)</label>")
        .append(
            "<textarea id=\"note\" name=\"note\" rows=\"2\" required maxlength=\"500\"></textarea>")
        .append("<button type=\"submit\">Ignore with note</button></form></section>");
    return h.toString();
  }

  private static String mapSku(
      String base, String sku, String search, List<ItemView> items, Sessions.Session session) {
    StringBuilder h =
        new StringBuilder("<section class=\"fix\"><h3>Map SKU ")
            .append(esc(sku))
            .append(" to a QuickBooks item</h3>");
    h.append("<form method=\"get\" action=\"")
        .append(esc(base))
        .append("\" class=\"search\" role=\"search\">")
        .append("<label for=\"item-")
        .append(esc(sku))
        .append("\">Find a QuickBooks item</label><input id=\"item-")
        .append(esc(sku))
        .append("\" name=\"item\" type=\"search\" value=\"")
        .append(esc(search))
        .append("\"><button type=\"submit\">Find</button></form>");
    if (items.isEmpty()) {
      return h.append("<p class=\"empty\">No QuickBooks inventory item matches.</p></section>")
          .toString();
    }
    h.append(Forms.open(base + "/map", session, "stacked"))
        .append(Forms.hidden("sku", sku))
        .append("<fieldset><legend>QuickBooks items</legend><ul class=\"items\">");
    for (ItemView i : items) {
      String id = "item-" + esc(sku) + "-" + esc(i.id());
      h.append("<li><input type=\"radio\" name=\"itemId\" required id=\"")
          .append(id)
          .append("\" value=\"")
          .append(esc(i.id()))
          .append("\"><label for=\"")
          .append(id)
          .append("\">")
          .append(esc(i.name()))
          .append(
              i.quantityOnHand() == null
                  ? ""
                  : " <span class=\"muted\">("
                      + esc(i.quantityOnHand().stripTrailingZeros().toPlainString())
                      + " on hand)</span>")
          .append("</label></li>");
    }
    return h.append("</ul></fieldset><button type=\"submit\">Map SKU ")
        .append(esc(sku))
        .append("</button></form></section>")
        .toString();
  }

  private static void fact(StringBuilder h, String term, String value) {
    h.append("<div><dt>")
        .append(esc(term))
        .append("</dt><dd>")
        .append(esc(value))
        .append("</dd></div>");
  }
}
