package dev.stockbook.core.books;

/** QuickBooks refused for a reason a retry will not fix (validation, authorization revoked). */
public class PermanentBooksException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;

  public PermanentBooksException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** QuickBooks' fault code (e.g. {@code 6240}, {@code invalid_grant}), or empty. */
  public String code() {
    return code;
  }
}
