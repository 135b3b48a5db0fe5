package dev.stockbook.quickbooks;

import dev.stockbook.core.books.PermanentBooksException;

/**
 * QuickBooks no longer accepts our credentials (refresh token invalid, access refused): nothing
 * will work until a person reconnects the company. Not a problem with any one document.
 */
public class QuickBooksAuthException extends PermanentBooksException {
  private static final long serialVersionUID = 1L;

  public QuickBooksAuthException(String code, String message) {
    super(code, message);
  }
}
