package dev.stockbook.app.web.dashboard;

import static dev.stockbook.app.web.dashboard.Html.esc;

/**
 * The frame of every page: head, header with sign-out, the flash message, and the live-update hook.
 */
final class Layout {
  static final String ROOT = "/dashboard";

  private Layout() {}

  /** A page for a signed-in user; {@code flash} may be null. */
  static String page(String title, String body, Sessions.Session session, String pulse) {
    String flash = session == null ? null : session.takeFlash();
    StringBuilder h = new StringBuilder(4096);
    h.append(head(title, pulse));
    h.append("<header class=\"top\"><a class=\"brand\" href=\"")
        .append(ROOT)
        .append("\">Stockbook</a>");
    if (session != null && session.signedIn) {
      h.append(Forms.post(ROOT + "/sign-out", session, "Sign out", "", "link"));
    }
    h.append("</header><main id=\"main\">");
    if (flash != null) {
      h.append("<p class=\"flash ")
          .append(session.flashOk ? "ok" : "bad")
          .append("\" role=\"status\">")
          .append(esc(flash))
          .append("</p>");
    }
    h.append(body).append("</main>").append(foot());
    return h.toString();
  }

  private static String head(String title, String pulse) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + esc(title)
        + " · Stockbook</title>"
        + "<link rel=\"stylesheet\" href=\""
        + ROOT
        + "/assets/dashboard.css\">"
        + "</head><body"
        + (pulse == null
            ? ""
            : " data-pulse=\"" + esc(pulse) + "\" data-pulse-url=\"" + ROOT + "/pulse\"")
        + ">"
        + "<a class=\"skip\" href=\"#main\">Skip to content</a>";
  }

  private static String foot() {
    return "<script src=\"" + ROOT + "/assets/dashboard.js\" defer></script></body></html>";
  }

  /**
   * The tabs of a connection's pages; {@code current} is one of overview, orders, stock, settings.
   */
  static String tabs(String connection, String current) {
    String base = ROOT + "/connections/" + Html.url(connection);
    StringBuilder h =
        new StringBuilder("<nav class=\"tabs\" aria-label=\"")
            .append(esc(connection))
            .append("\"><ul>");
    tab(h, base, "Cycles", "overview", current);
    tab(h, base + "/orders", "Orders", "orders", current);
    tab(h, base + "/stock", "Stock", "stock", current);
    tab(h, base + "/settings", "Settings", "settings", current);
    return h.append("</ul></nav>").toString();
  }

  private static void tab(StringBuilder h, String href, String label, String key, String current) {
    h.append("<li><a href=\"")
        .append(esc(href))
        .append('"')
        .append(key.equals(current) ? " aria-current=\"page\"" : "")
        .append('>')
        .append(label)
        .append("</a></li>");
  }

  /** The heading of a connection page with a way back to the overview. */
  static String connectionHeading(String connection, String what) {
    return "<p class=\"crumbs\"><a href=\""
        + ROOT
        + "\">All connections</a> › "
        + esc(connection)
        + "</p>"
        + "<h1>"
        + esc(what)
        + "</h1>";
  }
}
