package dev.stockbook.app.web.dashboard;

import static dev.stockbook.app.web.dashboard.Html.esc;

import java.util.List;
import java.util.Locale;

/** Small bar charts as inline SVG, drawn on the server: no library, no script. */
final class Charts {
  private static final int WIDTH = 600;
  private static final int HEIGHT = 120;
  private static final int PAD = 18;

  /** One bar: its value and the words a tooltip and screen reader get. */
  record Bar(double value, String label) {}

  private Charts() {}

  /** A bar chart titled {@code title}; values in {@code unit}; oldest bar on the left. */
  static String bars(String title, String unit, List<Bar> bars, String cssClass) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    double top = max <= 0 ? 1 : max;
    StringBuilder s =
        new StringBuilder("<figure class=\"chart ")
            .append(esc(cssClass))
            .append("\"><figcaption>")
            .append(esc(title))
            .append(" <span class=\"muted\">(highest ")
            .append(esc(fmt(max)))
            .append(' ')
            .append(esc(unit))
            .append(")</span></figcaption>");
    s.append("<svg viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(esc(title + ": " + bars.size() + " cycles, highest " + fmt(max) + " " + unit))
        .append("\" preserveAspectRatio=\"none\">");
    s.append("<line x1=\"0\" y1=\"")
        .append(HEIGHT - PAD)
        .append("\" x2=\"")
        .append(WIDTH)
        .append("\" y2=\"")
        .append(HEIGHT - PAD)
        .append("\" class=\"axis\"/>");
    if (bars.isEmpty()) {
      s.append("<text x=\"10\" y=\"").append(HEIGHT / 2).append("\">No cycles yet</text>");
    }
    double slot = bars.isEmpty() ? WIDTH : (double) WIDTH / bars.size();
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double h = (HEIGHT - 2 * PAD) * (b.value() / top);
      double x = i * slot + slot * 0.15;
      s.append("<rect x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(fmt(HEIGHT - PAD - h))
          .append("\" width=\"")
          .append(fmt(slot * 0.7))
          .append("\" height=\"")
          .append(fmt(Math.max(h, 0.5)))
          .append("\"><title>")
          .append(esc(b.label()))
          .append("</title></rect>");
    }
    return s.append("</svg></figure>").toString();
  }

  static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
