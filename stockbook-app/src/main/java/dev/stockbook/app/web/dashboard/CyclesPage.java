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

    /** A cycle that parked an order needs the merchant even without an error: amber, not green. */
    boolean parked() {
      return r.ordersParked() > 0;
    }

    /** The dot's colour: bad (red), attention (amber) or ok (green). */
    String state() {
      return bad() ? "bad" : parked() ? "attention" : "ok";
    }

    String whenIso() {
      return r.finishedAt().toString();
    }

    String when() {
      return Html.when(r.finishedAt(), zone);
    }

    String took() {
      return Html.took(Duration.between(r.startedAt(), r.finishedAt()));
    }

    /** What needs doing after this cycle, or "no problems". */
    String problems() {
      if (bad()) {
        return r.errors() + " problem(s)";
      }
      return parked() ? r.ordersParked() + " order(s) waiting for you" : "no problems";
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
    List<Charts.Point> took = new ArrayList<>();
    List<Charts.Point> orders = new ArrayList<>();
    for (CycleRun r : runs) {
      String when = Html.when(r.finishedAt(), zone);
      long ms = Duration.between(r.startedAt(), r.finishedAt()).toMillis();
      took.add(
          new Charts.Point(
              r.finishedAt(), ms / 1000.0, when + ": took " + Html.took(Duration.ofMillis(ms))));
      orders.add(
          new Charts.Point(
              r.finishedAt(),
              r.ordersPosted(),
              when + ": " + r.ordersPosted() + " order(s) posted"));
    }
    return List.of(
        Charts.overTime("Cycle duration", "seconds", took, "duration", zone),
        Charts.overTime("Orders posted per cycle", "orders", orders, "orders", zone));
  }
}
