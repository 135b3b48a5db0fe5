package dev.stockbook.app.web.dashboard;

import dev.stockbook.app.web.dashboard.DashboardBackend.ConnectionHealth;
import dev.stockbook.core.state.CycleRun;
import gg.jte.Content;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A connection's health, its recent cycles as a timeline, and charts of duration and orders ({@code
 * cycles.jte}).
 */
final class CyclesPage {
  private CyclesPage() {}

  /** One cycle in the timeline. */
  record Run(CycleRun r, ZoneId zone) {
    boolean bad() {
      return r.errors() > 0;
    }

    String when() {
      return Html.when(r.finishedAt(), zone);
    }

    String took() {
      return Html.took(Duration.between(r.startedAt(), r.finishedAt()));
    }

    String problems() {
      return r.errors() == 0 ? "no problems" : r.errors() + " problem(s)";
    }
  }

  record Model(
      Layout.Heading heading, OverviewPage.Card card, List<Charts.Chart> charts, List<Run> runs) {}

  static Content render(
      ConnectionHealth c, List<CycleRun> runs, Sessions.Session session, ZoneId zone) {
    String base = Layout.ROOT + "/connections/" + Html.url(c.name());
    return Templates.content(
        "cycles.jte",
        new Model(
            new Layout.Heading(c.name(), "Connection " + c.name(), "overview"),
            new OverviewPage.Card(c, session, zone, base),
            charts(runs, zone),
            runs.stream().map(r -> new Run(r, zone)).toList()));
  }

  private static List<Charts.Chart> charts(List<CycleRun> newestFirst, ZoneId zone) {
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
    return List.of(
        Charts.bars("Cycle duration", "s", took, "duration"),
        Charts.bars("Orders posted per cycle", "orders", orders, "orders"));
  }
}
