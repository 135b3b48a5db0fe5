package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.PermanentStoreException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scopes the access token holds ({@code currentAppInstallation.accessScopes}), so a token that
 * lacks one fails at once with every missing scope named instead of at whichever call needs it
 * first. Scopes that hold every required one are kept across turns in the connection's {@link
 * ShopFacts}; a lacking set is read again next time, so granting the scopes takes effect at once.
 * {@code read_all_orders} is required too: without it Shopify shows only orders created in the last
 * 60 days, so the refund or cancellation of an older order would never reach QuickBooks, and
 * nothing would say so.
 */
public final class AccessScopes {
  static final List<String> REQUIRED =
      List.of(
          "read_orders",
          "read_all_orders",
          "read_products",
          "read_inventory",
          "write_inventory",
          "read_locations");

  private final GraphQl http;
  private final ShopFacts facts;

  public AccessScopes(GraphQl http, ShopFacts facts) {
    this.http = http;
    this.facts = facts;
  }

  /** Throws a permanent error naming every required scope the token lacks. */
  public void require() {
    if (facts.scopes().isPresent()) {
      return;
    }
    Set<String> scopes = read();
    List<String> missing = REQUIRED.stream().filter(s -> !holds(scopes, s)).toList();
    if (missing.isEmpty()) {
      facts.keepScopes(scopes);
    } else {
      throw new PermanentStoreException(
          "The access token (store."
              + ShopifyOptions.ACCESS_TOKEN
              + ") lacks the Admin API access scopes "
              + String.join(", ", missing)
              + "; add them to the app's configuration and install it again"
              + (missing.contains("read_all_orders")
                  ? " (without read_all_orders Shopify hides orders created more than 60 days ago,"
                      + " and their refunds would never reach QuickBooks)"
                  : ""));
    }
  }

  /** A write scope grants its read scope. */
  private static boolean holds(Set<String> scopes, String scope) {
    return scopes.contains(scope)
        || scope.startsWith("read_") && scopes.contains("write_" + scope.substring(5));
  }

  private Set<String> read() {
    JsonNode data =
        http.data("reading the app's access scopes", Documents.ACCESS_SCOPES, http.variables());
    Set<String> read = new HashSet<>();
    data.path("currentAppInstallation")
        .path("accessScopes")
        .forEach(s -> read.add(s.path("handle").asText()));
    return read;
  }
}
