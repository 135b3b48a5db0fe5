package dev.stockbook.sim.shopify.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Admin API access tokens ({@code shpat_...}) and the scopes each was granted. */
public final class Tokens {
  private final Map<String, Set<String>> scopes = new LinkedHashMap<>();
  private final Random random;

  public Tokens(Random random) {
    this.random = random;
  }

  public synchronized String issue(Set<String> granted) {
    StringBuilder token = new StringBuilder("shpat_");
    for (int i = 0; i < 32; i++) {
      token.append(Character.forDigit(random.nextInt(16), 16));
    }
    scopes.put(token.toString(), expand(granted));
    return token.toString();
  }

  /** Shopify's implied scopes: a write scope grants its read scope. */
  private static Set<String> expand(Set<String> granted) {
    Set<String> all = new java.util.TreeSet<>(granted);
    granted.stream()
        .filter(s -> s.startsWith("write_"))
        .forEach(s -> all.add("read_" + s.substring(6)));
    return Set.copyOf(all);
  }

  public synchronized void revoke(String token) {
    scopes.remove(token);
  }

  /** The token's scopes, or empty when the token is unknown or revoked. */
  public synchronized Optional<Set<String>> scopesOf(String token) {
    return Optional.ofNullable(token).map(scopes::get);
  }
}
