package dev.stockbook.quickbooks;

import dev.stockbook.core.books.RetriableBooksException;

/**
 * A write was sent but no trustworthy answer came back (connection lost, timeout, 5xx, garbled
 * body): QuickBooks may have applied it. Look the result up before sending anything new.
 */
public class UncertainWriteException extends RetriableBooksException {
  private static final long serialVersionUID = 1L;

  public UncertainWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
