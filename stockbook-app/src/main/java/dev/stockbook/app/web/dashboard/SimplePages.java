package dev.stockbook.app.web.dashboard;

import static dev.stockbook.app.web.dashboard.Html.esc;

/** Sign-in and "not found". */
final class SimplePages {
  private SimplePages() {}

  static String signIn(Sessions.Session anonymous, String error, String next) {
    StringBuilder h = new StringBuilder("<h1>Sign in</h1>");
    h.append(
        "<p>Enter the admin token from your Stockbook configuration (<code>adminToken</code>).</p>");
    h.append(Forms.open(Layout.ROOT + "/sign-in", anonymous, "stacked sign-in"))
        .append(Forms.hidden("next", next));
    h.append(Forms.field("token", "Admin token", "password", error));
    h.append("<button type=\"submit\">Sign in</button></form>");
    return Layout.page("Sign in", h.toString(), anonymous, null);
  }

  static String notFound(String what, Sessions.Session session) {
    String body =
        "<h1>Not found</h1><p>"
            + esc(what)
            + "</p><p><a href=\""
            + Layout.ROOT
            + "\">Back to all connections</a></p>";
    return Layout.page("Not found", body, session, null);
  }

  static String problem(String what, Sessions.Session session) {
    String body =
        "<h1>Something went wrong</h1><p>"
            + esc(what)
            + "</p><p><a href=\""
            + Layout.ROOT
            + "\">Back to all connections</a></p>";
    return Layout.page("Problem", body, session, null);
  }
}
