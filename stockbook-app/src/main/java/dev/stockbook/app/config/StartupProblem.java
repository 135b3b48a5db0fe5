package dev.stockbook.app.config;

/**
 * A problem of the setup, found before anything started (a database that does not answer, a master
 * key that does not open the stored secrets, a port in use): the command prints its one-line
 * message, naming the setting to change, and exits 2.
 */
public final class StartupProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StartupProblem(String message) {
    super(message);
  }

  public StartupProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
