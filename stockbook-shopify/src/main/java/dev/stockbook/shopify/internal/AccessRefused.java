package dev.stockbook.shopify.internal;

import dev.stockbook.store.PermanentStoreException;

/**
 * Shopify refused the token (HTTP 401 or 403, or an {@code ACCESS_DENIED} error): a permanent
 * error, and a sign that the scopes kept in {@link ShopFacts} no longer hold.
 */
final class AccessRefused extends PermanentStoreException {
  private static final long serialVersionUID = 1L;

  AccessRefused(String message) {
    super(message);
  }
}
