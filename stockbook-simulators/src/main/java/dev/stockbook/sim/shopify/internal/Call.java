package dev.stockbook.sim.shopify.internal;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One API request as data fetchers see it: the token's scopes, the served version, bulk or not. */
public final class Call {
  public final Set<String> scopes;
  public final String version;

  /** A bulk operation's query: connections return everything, no page size needed. */
  public final boolean bulk;

  /** extensions.search entries: filters Shopify could not use. */
  public final List<Map<String, Object>> searchWarnings = new ArrayList<>();

  public Call(Set<String> scopes, String version, boolean bulk) {
    this.scopes = scopes;
    this.version = version;
    this.bulk = bulk;
  }

  public static Call of(DataFetchingEnvironment env) {
    return env.getGraphQlContext().get(Call.class);
  }

  public void require(String scope, String field) {
    if (!scopes.contains(scope)) {
      throw ShopifyError.accessDenied(field, scope);
    }
  }

  public boolean has(String scope) {
    return scopes.contains(scope);
  }
}
