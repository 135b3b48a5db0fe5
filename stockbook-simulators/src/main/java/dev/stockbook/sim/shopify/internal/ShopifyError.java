package dev.stockbook.sim.shopify.internal;

import java.util.Map;

/**
 * A top-level GraphQL error in Shopify's shape ({@code message} and {@code extensions.code}),
 * thrown from a data fetcher or the request analysis.
 */
public final class ShopifyError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final transient Map<String, Object> extensions;

  public ShopifyError(String code, String message, Map<String, Object> extensions) {
    super(message, null, false, false);
    this.code = code;
    this.extensions = Map.copyOf(extensions);
  }

  public ShopifyError(String code, String message) {
    this(code, message, Map.of());
  }

  public String code() {
    return code;
  }

  /** Extensions beyond {@code code}. */
  public Map<String, Object> extensions() {
    return extensions;
  }

  public static ShopifyError accessDenied(String field, String scope) {
    String required = "`" + scope + "` access scope.";
    return new ShopifyError(
        "ACCESS_DENIED",
        "Access denied for " + field + " field. Required access: " + required,
        Map.of(
            "documentation",
            "https://shopify.dev/api/usage/access-scopes",
            "requiredAccess",
            required));
  }
}
