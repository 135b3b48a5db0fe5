package dev.stockbook.app.web.dashboard;

/**
 * What the form templates ({@code postForm.jte}, {@code csrf.jte}, {@code field.jte}, {@code
 * select.jte}) share: every POST form carries the session's CSRF token in the hidden field {@value
 * #CSRF_FIELD}, and every field's hint and error are tied to it by {@code aria-describedby}.
 */
final class Forms {
  static final String CSRF_FIELD = "csrf";

  private Forms() {}

  /** The element id of the field named {@code name}: "sync.schedule" becomes "f-sync-schedule". */
  static String id(String name) {
    return "f-" + name.replace('.', '-');
  }

  /** The {@code aria-describedby} value for a field's hint and error, or null (no attribute). */
  static String describedBy(String id, String error, String hint) {
    String ids = (hint == null ? "" : id + "-hint ") + (error == null ? "" : id + "-error");
    return ids.isBlank() ? null : ids.trim();
  }
}
