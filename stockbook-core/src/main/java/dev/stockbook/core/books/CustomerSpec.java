package dev.stockbook.core.books;

/**
 * A customer to find or create: by display name when {@code email} is empty, else by email first. A
 * customer in a foreign {@code currency} (QuickBooks fixes a customer's currency once it is set) is
 * one of its own, found and created by display name with the currency after it, {@code "Web Store
 * (EUR)"}.
 *
 * @param currency ISO 4217 code of a foreign-currency customer, or {@code null} for the home one
 */
public record CustomerSpec(
    String displayName,
    String email,
    String givenName,
    String familyName,
    String company,
    String currency) {

  /** A customer in the home currency. */
  public CustomerSpec(
      String displayName, String email, String givenName, String familyName, String company) {
    this(displayName, email, givenName, familyName, company, null);
  }

  public static CustomerSpec named(String displayName) {
    return new CustomerSpec(displayName, "", "", "", "");
  }

  /** The same customer in {@code code} (null: the home currency). */
  public CustomerSpec inCurrency(String code) {
    return new CustomerSpec(displayName, email, givenName, familyName, company, code);
  }

  /** Whether this customer is in a foreign currency. */
  public boolean foreign() {
    return currency != null && !currency.isBlank();
  }
}
