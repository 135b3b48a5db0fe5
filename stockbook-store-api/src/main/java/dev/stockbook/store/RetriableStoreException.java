package dev.stockbook.store;

/** The store could not answer now (network, timeout, 429, 5xx, a captcha page); try again later. */
public class RetriableStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RetriableStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public RetriableStoreException(String message) {
    super(message);
  }
}
