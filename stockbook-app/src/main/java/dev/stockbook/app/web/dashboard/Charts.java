package dev.stockbook.app.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small bar charts as inline SVG, drawn on the server ({@code chart.jte}): no library, no script.
 */
final class Charts {
  static final int WIDTH = 600;
  static final int HEIGHT = 120;
  static final int PAD = 18;

  /** One bar: its value and the words a tooltip and screen reader get. */
  record Bar(double value, String label) {}

  /** A bar placed in the drawing. */
  record Shape(String x, String y, String width, String height, String label) {}

  /** A chart titled {@code title}, values in {@code unit}, oldest bar on the left. */
  record Chart(String title, String unit, String cssClass, double max, List<Shape> shapes) {
    String highest() {
      return fmt(max);
    }

    String ariaLabel() {
      return title + ": " + shapes.size() + " cycles, highest " + fmt(max) + " " + unit;
    }
  }

  private Charts() {}

  static Chart bars(String title, String unit, List<Bar> bars, String cssClass) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    double top = max <= 0 ? 1 : max;
    double slot = bars.isEmpty() ? WIDTH : (double) WIDTH / bars.size();
    List<Shape> shapes = new ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double h = (HEIGHT - 2 * PAD) * (b.value() / top);
      shapes.add(
          new Shape(
              fmt(i * slot + slot * 0.15),
              fmt(HEIGHT - PAD - h),
              fmt(slot * 0.7),
              fmt(Math.max(h, 0.5)),
              b.label()));
    }
    return new Chart(title, unit, cssClass, max, shapes);
  }

  static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
