package dev.stockbook.app.web.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small bar charts over time as inline SVG, drawn on the server ({@code chart.jte}): no library, no
 * script. Each bar stands where its cycle finished on a time axis with labelled ticks (in the
 * page's zone, which the axis names); the value axis has its unit and three labelled ticks.
 */
final class Charts {
  static final int WIDTH = 600;
  static final int HEIGHT = 180;
  static final int LEFT = 52;
  static final int RIGHT = 14;
  static final int TOP = 24;
  static final int BOTTOM = 44;
  static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
  static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
  static final int BASE = TOP + PLOT_HEIGHT;

  /** One bar: when, its value, and the words a tooltip and screen reader get. */
  record Point(Instant at, double value, String label) {}

  /** A bar placed in the drawing. */
  record Shape(String x, String y, String width, String height, String label) {}

  /** A labelled tick: {@code at} is x on the time axis, y on the value axis. */
  record Tick(String at, String label) {}

  /** A chart titled {@code title}, values in {@code unit}, oldest bar on the left. */
  record Chart(
      String title,
      String unit,
      String cssClass,
      double max,
      List<Shape> shapes,
      List<Tick> valueTicks,
      List<Tick> timeTicks,
      String timeTitle,
      String range) {
    String highest() {
      return fmt(max);
    }

    String ariaLabel() {
      return title
          + ": "
          + shapes.size()
          + " cycles"
          + range
          + ", highest "
          + fmt(max)
          + " "
          + unit;
    }
  }

  private Charts() {}

  /** Bars for {@code points} (oldest first), on a time axis in {@code zone}. */
  static Chart overTime(
      String title, String unit, List<Point> points, String cssClass, ZoneId zone) {
    double max = points.stream().mapToDouble(Point::value).max().orElse(0);
    double top = max <= 0 ? 1 : max;
    Instant first = points.isEmpty() ? null : points.get(0).at();
    Instant last = points.isEmpty() ? null : points.get(points.size() - 1).at();
    double width = points.isEmpty() ? 0 : clamp(PLOT_WIDTH * 0.6 / points.size(), 3, 28);
    List<Shape> shapes = new ArrayList<>();
    for (Point p : points) {
      double h = PLOT_HEIGHT * (p.value() / top);
      double x = LEFT + fraction(first, last, p.at()) * (PLOT_WIDTH - width);
      shapes.add(new Shape(fmt(x), fmt(BASE - h), fmt(width), fmt(Math.max(h, 0.5)), p.label()));
    }
    List<Tick> valueTicks = new ArrayList<>();
    for (double f : new double[] {0, 0.5, 1}) {
      valueTicks.add(new Tick(fmt(BASE - PLOT_HEIGHT * f), fmt(top * f)));
    }
    String zoneName = Html.zone(last == null ? Instant.EPOCH : last, zone);
    return new Chart(
        title,
        unit,
        cssClass,
        max,
        shapes,
        valueTicks,
        timeTicks(first, last, width, zone),
        "cycle finished (" + zoneName + ")",
        first == null ? "" : " from " + Html.when(first, zone) + " to " + Html.when(last, zone));
  }

  private static List<Tick> timeTicks(Instant first, Instant last, double width, ZoneId zone) {
    List<Tick> ticks = new ArrayList<>();
    if (first == null) {
      return ticks;
    }
    Duration span = Duration.between(first, last);
    DateTimeFormatter f =
        DateTimeFormatter.ofPattern(
            span.compareTo(Duration.ofDays(1)) > 0
                ? "MMM d HH:mm"
                : span.compareTo(Duration.ofMinutes(10)) > 0 ? "HH:mm" : "HH:mm:ss",
            Locale.ENGLISH);
    int count = span.isZero() ? 1 : 3;
    for (int i = 0; i < count; i++) {
      Instant at = count == 1 ? first : first.plus(span.multipliedBy(i).dividedBy(count - 1));
      double x = LEFT + width / 2 + fraction(first, last, at) * (PLOT_WIDTH - width);
      ticks.add(new Tick(fmt(x), f.format(at.atZone(zone))));
    }
    return ticks;
  }

  /** Where {@code at} lies between {@code first} and {@code last}, 0 to 1 (the middle if equal). */
  private static double fraction(Instant first, Instant last, Instant at) {
    long span = Duration.between(first, last).toMillis();
    return span <= 0 ? 0.5 : Duration.between(first, at).toMillis() / (double) span;
  }

  private static double clamp(double v, double low, double high) {
    return Math.max(low, Math.min(high, v));
  }

  static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
