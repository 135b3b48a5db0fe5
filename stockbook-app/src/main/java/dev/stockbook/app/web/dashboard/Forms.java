package dev.stockbook.app.web.dashboard;

import static dev.stockbook.app.web.dashboard.Html.esc;

/** Forms: every POST form carries the session's CSRF token in a hidden field. */
final class Forms {
  static final String CSRF_FIELD = "csrf";

  private Forms() {}

  /** A one-button form, with {@code fields} (already escaped HTML) before the button. */
  static String post(
      String action, Sessions.Session session, String button, String fields, String cssClass) {
    return open(action, session, cssClass)
        + fields
        + "<button type=\"submit\">"
        + esc(button)
        + "</button></form>";
  }

  static String open(String action, Sessions.Session session, String cssClass) {
    return "<form method=\"post\" action=\""
        + esc(action)
        + "\" class=\""
        + esc(cssClass)
        + "\">"
        + csrf(session);
  }

  static String csrf(Sessions.Session session) {
    return "<input type=\"hidden\" name=\""
        + CSRF_FIELD
        + "\" value=\""
        + esc(session.csrf)
        + "\">";
  }

  static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
  }

  /** A labelled text field with its error (if any) right under it, tied by aria-describedby. */
  static String text(String name, String label, String value, String error, String hint) {
    return input(
        "f-" + name.replace('.', '-'), name, label, " value=\"" + esc(value) + "\"", error, hint);
  }

  /** A labelled input of {@code type} (no value echoed back: used for secrets). */
  static String field(String name, String label, String type, String error) {
    return input(
        "f-" + name,
        name,
        label,
        " type=\"" + esc(type) + "\" required autocomplete=\"current-password\"",
        error,
        null);
  }

  /** An input with its label, {@code attributes} (escaped already), error and hint. */
  private static String input(
      String id, String name, String label, String attributes, String error, String hint) {
    return "<div class=\"field"
        + (error == null ? "" : " has-error")
        + "\"><label for=\""
        + esc(id)
        + "\">"
        + esc(label)
        + "</label>"
        + "<input id=\""
        + esc(id)
        + "\" name=\""
        + esc(name)
        + "\""
        + attributes
        + describedBy(id, error, hint)
        + (error == null ? "" : " aria-invalid=\"true\"")
        + ">"
        + notes(id, error, hint)
        + "</div>";
  }

  /** A labelled select of {@code choices} (value = label text). */
  static String select(
      String name,
      String label,
      String value,
      java.util.List<String> choices,
      String error,
      String hint) {
    String id = "f-" + name.replace('.', '-');
    StringBuilder h =
        new StringBuilder(
                "<div class=\"field" + (error == null ? "" : " has-error") + "\"><label for=\"")
            .append(esc(id))
            .append("\">")
            .append(esc(label))
            .append("</label><select id=\"")
            .append(esc(id))
            .append("\" name=\"")
            .append(esc(name))
            .append('"')
            .append(describedBy(id, error, hint))
            .append(error == null ? "" : " aria-invalid=\"true\"")
            .append('>');
    for (String c : choices) {
      h.append("<option")
          .append(c.equals(value) ? " selected" : "")
          .append(">")
          .append(esc(c))
          .append("</option>");
    }
    return h.append("</select>").append(notes(id, error, hint)).append("</div>").toString();
  }

  private static String describedBy(String id, String error, String hint) {
    String ids = (hint == null ? "" : id + "-hint ") + (error == null ? "" : id + "-error");
    return ids.isBlank() ? "" : " aria-describedby=\"" + esc(ids.trim()) + "\"";
  }

  private static String notes(String id, String error, String hint) {
    return (hint == null
            ? ""
            : "<p class=\"hint\" id=\"" + esc(id) + "-hint\">" + esc(hint) + "</p>")
        + (error == null
            ? ""
            : "<p class=\"error\" id=\"" + esc(id) + "-error\">" + esc(error) + "</p>");
  }
}
