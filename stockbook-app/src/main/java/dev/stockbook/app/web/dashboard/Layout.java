package dev.stockbook.app.web.dashboard;

import gg.jte.Content;

/**
 * The frame of every page ({@code layout.jte}): head, header with sign-out, the flash message, and
 * the live-update hook; and the heading with tabs of a connection's pages ({@code heading.jte}).
 */
final class Layout {
  static final String ROOT = "/dashboard";

  /** What the layout needs; {@code flash} and {@code pulse} may be null. */
  record Frame(
      String title,
      String pulse,
      Sessions.Session session,
      String flash,
      boolean flashOk,
      Content body) {
    boolean signedIn() {
      return session != null && session.signedIn;
    }

    String pulseUrl() {
      return pulse == null ? null : ROOT + "/pulse";
    }
  }

  /**
   * A connection page's crumbs, title and tabs; {@code current} is overview, orders, stock or
   * settings.
   */
  record Heading(String connection, String title, String current) {
    String base() {
      return ROOT + "/connections/" + Html.url(connection);
    }

    /** The {@code aria-current} value of the tab {@code key}, or null (no attribute). */
    String currentIf(String key) {
      return key.equals(current) ? "page" : null;
    }
  }

  private Layout() {}

  /** A whole page around {@code body}; the session's flash message is shown once. */
  static String page(String title, Content body, Sessions.Session session, String pulse) {
    String flash = session == null ? null : session.takeFlash();
    boolean ok = session != null && session.flashOk;
    return Templates.render("layout.jte", new Frame(title, pulse, session, flash, ok, body));
  }
}
