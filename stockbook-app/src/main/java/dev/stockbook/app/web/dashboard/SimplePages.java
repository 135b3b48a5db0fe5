package dev.stockbook.app.web.dashboard;

/** Sign-in ({@code signIn.jte}) and the "not found" and "problem" pages ({@code message.jte}). */
final class SimplePages {
  private SimplePages() {}

  record SignIn(Sessions.Session session, String error, String next) {}

  /** A heading and one sentence, with the way back to the overview. */
  record Message(String heading, String text) {}

  static String signIn(Sessions.Session anonymous, String error, String next) {
    return Layout.page(
        "Sign in",
        Templates.content("signIn.jte", new SignIn(anonymous, error, next)),
        anonymous,
        null);
  }

  static String notFound(String what, Sessions.Session session) {
    return Layout.page(
        "Not found",
        Templates.content("message.jte", new Message("Not found", what)),
        session,
        null);
  }

  static String problem(String what, Sessions.Session session) {
    return Layout.page(
        "Problem",
        Templates.content("message.jte", new Message("Something went wrong", what)),
        session,
        null);
  }
}
