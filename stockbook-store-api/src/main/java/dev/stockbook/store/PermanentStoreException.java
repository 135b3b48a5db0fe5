package dev.stockbook.store;

/** The store refused the request for a reason a retry will not fix (auth, bad input, 4xx). */
public class PermanentStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PermanentStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public PermanentStoreException(String message) {
    super(message);
  }
}
