package dev.stockbook.sim.shopify.internal;

import java.util.List;
import java.util.Optional;

/**
 * Which API version answers a request. Versions are quarterly ({@code YYYY-01|04|07|10}); a
 * well-formed version older than the oldest supported one falls forward to it, as Shopify does (the
 * answer's {@code X-Shopify-API-Version} names the version that served it). Anything else — not
 * quarterly, or newer than the release candidate — is not a route.
 */
public final class Versions {
  private final List<String> supported;

  /**
   * @param supported oldest first; the last is the release candidate
   */
  public Versions(List<String> supported) {
    this.supported = List.copyOf(supported);
  }

  public Optional<String> serve(String requested) {
    if ("unstable".equals(requested)) {
      return Optional.of(supported.get(supported.size() - 1));
    }
    if (!quarterly(requested) || requested.compareTo(supported.get(supported.size() - 1)) > 0) {
      return Optional.empty();
    }
    if (requested.compareTo(supported.get(0)) < 0) {
      return Optional.of(supported.get(0));
    }
    return supported.contains(requested) ? Optional.of(requested) : Optional.empty();
  }

  public List<String> supported() {
    return supported;
  }

  private static boolean quarterly(String v) {
    if (v.length() != 7 || v.charAt(4) != '-') {
      return false;
    }
    for (int i : new int[] {0, 1, 2, 3, 5, 6}) {
      if (!Character.isDigit(v.charAt(i))) {
        return false;
      }
    }
    return List.of("01", "04", "07", "10").contains(v.substring(5));
  }
}
