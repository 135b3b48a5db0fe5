package dev.stockbook.core.books;

/** QuickBooks could not answer now (network, throttling, 5xx, timeout); try again later. */
public class RetriableBooksException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RetriableBooksException(String message, Throwable cause) {
    super(message, cause);
  }

  public RetriableBooksException(String message) {
    super(message);
  }
}
