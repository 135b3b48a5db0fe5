package dev.stockbook.quickbooks.internal;

/**
 * One QuickBooks error as parsed from a fault body (JSON either casing, or XML).
 *
 * @param code QuickBooks' code, e.g. {@code 6240}; empty when unknown
 * @param message the short message
 * @param detail the longer detail
 */
public record QboError(String code, String message, String detail) {

  /** QuickBooks' own words, for a person: "message: detail (code 6240)". */
  public String plainWords() {
    StringBuilder words =
        new StringBuilder(
            message == null || message.isBlank() ? "QuickBooks refused the request" : message);
    if (detail != null && !detail.isBlank() && !detail.equals(message)) {
      words.append(": ").append(detail);
    }
    if (code != null && !code.isBlank()) {
      words.append(" (code ").append(code).append(')');
    }
    return words.toString();
  }

  public boolean isThrottle() {
    return "3001".equals(code) || (message != null && message.contains("ThrottleExceeded"));
  }
}
