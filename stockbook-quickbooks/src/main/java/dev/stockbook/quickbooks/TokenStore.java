package dev.stockbook.quickbooks;

/**
 * Where the application keeps the current tokens. {@link #save} is called after every refresh and
 * before the new access token is used, so a rotated refresh token is never lost: if saving throws,
 * the new tokens are not used.
 */
@FunctionalInterface
public interface TokenStore {
  void save(Tokens tokens);
}
