package dev.stockbook.core.books;

/**
 * A customer to find or create: by display name when {@code email} is empty, else by email first.
 */
public record CustomerSpec(
    String displayName, String email, String givenName, String familyName, String company) {

  public static CustomerSpec named(String displayName) {
    return new CustomerSpec(displayName, "", "", "", "");
  }
}
