package dev.stockbook.shopify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a connection reads of its shop once and keeps across turns: the token's access scopes and
 * the publishing location. The engine builds a new connector every turn, so these live in {@code
 * ShopifyConnectorFactory}, one per shop, token and {@code location} setting, and each is kept for
 * {@link #KEEP} on the connection's clock: a merchant who changes the shop's primary location (with
 * {@code store.location} empty) sees Stockbook follow within that time, and one who changes the
 * {@code store.location} setting at once (another setting is another entry).
 *
 * <p>A fact is forgotten early when Shopify says it no longer holds: an answer refusing access (a
 * missing scope, a revoked token) forgets the scopes, a stock write refused because its location is
 * gone forgets the location, and the next turn reads them again. Scopes that lack a required one
 * are never kept, so the turn after the merchant grants them goes on; nor is a location that could
 * not be resolved.
 */
public final class ShopFacts {
  /** How long a fact is believed without a sign that it changed. */
  public static final Duration KEEP = Duration.ofMinutes(10);

  private record Kept<T>(T value, Instant until) {}

  private final Clock clock;
  private final AtomicReference<Kept<Set<String>>> scopes = new AtomicReference<>();
  private final AtomicReference<Kept<PublishingLocation.Place>> location = new AtomicReference<>();

  public ShopFacts(Clock clock) {
    this.clock = clock;
  }

  Optional<Set<String>> scopes() {
    return fresh(scopes);
  }

  void keepScopes(Set<String> granted) {
    scopes.set(new Kept<>(Set.copyOf(granted), clock.instant().plus(KEEP)));
  }

  void forgetScopes() {
    scopes.set(null);
  }

  Optional<PublishingLocation.Place> location() {
    return fresh(location);
  }

  void keepLocation(PublishingLocation.Place place) {
    location.set(new Kept<>(place, clock.instant().plus(KEEP)));
  }

  void forgetLocation() {
    location.set(null);
  }

  /** Whether nothing is kept any more (both forgotten or expired): the entry can go. */
  public boolean empty() {
    return fresh(scopes).isEmpty() && fresh(location).isEmpty();
  }

  private <T> Optional<T> fresh(AtomicReference<Kept<T>> ref) {
    Kept<T> kept = ref.get();
    if (kept == null || !clock.instant().isBefore(kept.until())) {
      return Optional.empty();
    }
    return Optional.of(kept.value());
  }
}
