package dev.stockbook.app.web.dashboard;

import static dev.stockbook.app.web.dashboard.Html.esc;

import dev.stockbook.app.web.dashboard.DashboardBackend.ConnectionHealth;
import java.time.ZoneId;
import java.util.List;

/** Every connection's health at a glance, each with "Sync now". */
final class OverviewPage {
  private OverviewPage() {}

  static String render(List<ConnectionHealth> connections, Sessions.Session session, ZoneId zone) {
    StringBuilder h = new StringBuilder("<h1>Connections</h1>");
    if (connections.isEmpty()) {
      h.append("<p>No connection is configured yet.</p>");
    }
    h.append("<div class=\"cards\">");
    for (ConnectionHealth c : connections) {
      h.append(card(c, session, zone, Layout.ROOT));
    }
    return h.append("</div>").toString();
  }

  /** One connection's card; "Sync now" comes back to {@code back}. */
  static String card(ConnectionHealth c, Sessions.Session session, ZoneId zone, String back) {
    String base = Layout.ROOT + "/connections/" + Html.url(c.name());
    StringBuilder h =
        new StringBuilder("<section class=\"card health-")
            .append(c.health().name().toLowerCase(java.util.Locale.ROOT))
            .append("\" aria-labelledby=\"c-")
            .append(esc(c.name()))
            .append("\">");
    h.append("<h2 id=\"c-")
        .append(esc(c.name()))
        .append("\"><a href=\"")
        .append(esc(base))
        .append("\">")
        .append(esc(c.name()))
        .append("</a> <span class=\"badge\">")
        .append(label(c))
        .append("</span></h2>");
    h.append("<p class=\"headline\">").append(esc(c.headline())).append("</p>");
    if (c.running()) {
      h.append("<p class=\"running\" role=\"status\">Syncing now…</p>");
    }
    h.append("<dl class=\"facts\">");
    fact(h, "Last sync", Html.when(c.lastCycle(), zone));
    fact(
        h,
        "Next sync",
        c.nextCycle() == null ? "when the service starts" : Html.when(c.nextCycle(), zone));
    linkFact(
        h,
        "Posted today",
        String.valueOf(c.postedToday()),
        base + "/orders?view=posted",
        "posted-today");
    linkFact(
        h, "Waiting for you", String.valueOf(c.parked()), base + "/orders?view=parked", "parked");
    linkFact(
        h,
        "Being checked",
        String.valueOf(c.uncertain()),
        base + "/orders?view=uncertain",
        "uncertain");
    linkFact(h, "SKUs in drift", String.valueOf(c.drift()), base + "/stock", "drift");
    fact(h, "QuickBooks", c.tokenStatus());
    fact(
        h,
        "QuickBooks API calls",
        c.apiCalls() == null ? "not measured" : String.valueOf(c.apiCalls()));
    h.append("</dl>");
    h.append(Forms.post(base + "/sync", session, "Sync now", Forms.hidden("back", back), "inline"));
    return h.append("</section>").toString();
  }

  private static String label(ConnectionHealth c) {
    return switch (c.health()) {
      case HEALTHY -> "Healthy";
      case ATTENTION -> "Needs attention";
      case FAILING -> "Failing";
    };
  }

  private static void fact(StringBuilder h, String term, String value) {
    h.append("<div><dt>")
        .append(esc(term))
        .append("</dt><dd>")
        .append(esc(value))
        .append("</dd></div>");
  }

  private static void linkFact(StringBuilder h, String term, String value, String href, String id) {
    h.append("<div><dt>")
        .append(esc(term))
        .append("</dt><dd><a data-fact=\"")
        .append(esc(id))
        .append("\" href=\"")
        .append(esc(href))
        .append("\">")
        .append(esc(value))
        .append("</a></dd></div>");
  }
}
