package dev.stockbook.app.web.dashboard;

import static dev.stockbook.app.web.dashboard.Html.esc;

import dev.stockbook.app.web.dashboard.DashboardBackend.ConnectionHealth;
import dev.stockbook.core.state.CycleRun;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A connection's health, its recent cycles as a timeline, and charts of duration and orders. */
final class CyclesPage {
  private CyclesPage() {}

  static String render(
      ConnectionHealth c, List<CycleRun> runs, Sessions.Session session, ZoneId zone) {
    StringBuilder h =
        new StringBuilder(Layout.connectionHeading(c.name(), "Connection " + c.name()));
    h.append(Layout.tabs(c.name(), "overview"));
    h.append(
        OverviewPage.card(c, session, zone, Layout.ROOT + "/connections/" + Html.url(c.name())));
    h.append("<h2>Over time</h2><div class=\"charts\">")
        .append(charts(runs, zone))
        .append("</div>");
    h.append("<h2>Recent cycles</h2>");
    if (runs.isEmpty()) {
      return h.append("<p>No cycle has run yet. Press “Sync now” to run one.</p>").toString();
    }
    h.append("<ol class=\"timeline\">");
    for (CycleRun r : runs) {
      Duration took = Duration.between(r.startedAt(), r.finishedAt());
      h.append("<li class=\"")
          .append(r.errors() > 0 ? "bad" : "ok")
          .append("\"><p class=\"when\"><time datetime=\"")
          .append(esc(r.finishedAt()))
          .append("\">")
          .append(esc(Html.when(r.finishedAt(), zone)))
          .append("</time> · took ")
          .append(esc(Html.took(took)))
          .append("</p><p class=\"nums\">")
          .append(r.ordersRead())
          .append(" order(s) read · ")
          .append(r.ordersPosted())
          .append(" posted · ")
          .append(r.ordersParked())
          .append(" parked · ")
          .append(r.stockPushed())
          .append(" stock update(s) · ")
          .append(r.errors() == 0 ? "no problems" : r.errors() + " problem(s)")
          .append("</p>");
      if (r.errors() > 0) {
        h.append("<p class=\"summary\">").append(esc(r.summary())).append("</p>");
      }
      h.append("</li>");
    }
    return h.append("</ol>").toString();
  }

  private static String charts(List<CycleRun> newestFirst, ZoneId zone) {
    List<CycleRun> runs = new ArrayList<>(newestFirst.subList(0, Math.min(30, newestFirst.size())));
    Collections.reverse(runs);
    List<Charts.Bar> took = new ArrayList<>();
    List<Charts.Bar> orders = new ArrayList<>();
    for (CycleRun r : runs) {
      String when = Html.when(r.finishedAt(), zone);
      long ms = Duration.between(r.startedAt(), r.finishedAt()).toMillis();
      took.add(new Charts.Bar(ms / 1000.0, when + ": took " + Html.took(Duration.ofMillis(ms))));
      orders.add(
          new Charts.Bar(r.ordersPosted(), when + ": " + r.ordersPosted() + " order(s) posted"));
    }
    return Charts.bars("Cycle duration", "s", took, "duration")
        + Charts.bars("Orders posted per cycle", "orders", orders, "orders");
  }
}
