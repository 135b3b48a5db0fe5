package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.PermanentStoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one location Stockbook publishes stock to (QuickBooks has one quantity per item, so one
 * location takes it): the {@code location} setting by numeric id or name, or the shop's primary
 * location when the setting is empty. Resolved once and kept across turns in the connection's
 * {@link ShopFacts} (for {@link ShopFacts#KEEP}, or until a write finds the location gone); an
 * unknown location is a permanent error naming the setting and the shop's locations, and is looked
 * up again next time.
 */
public final class PublishingLocation {
  /** A location: numeric id and name. */
  public record Place(String id, String name) {
    String gid() {
      return Gids.of("Location", id);
    }
  }

  private final GraphQl http;
  private final String configured;
  private final ShopFacts facts;

  public PublishingLocation(GraphQl http, String configured, ShopFacts facts) {
    this.http = http;
    this.configured = configured == null ? "" : configured.trim();
    this.facts = facts;
  }

  public Place get() {
    Optional<Place> kept = facts.location();
    if (kept.isPresent()) {
      return kept.get();
    }
    Place place =
        resolve(http.data("reading the shop's locations", Documents.LOCATIONS, http.variables()));
    facts.keepLocation(place);
    return place;
  }

  /** A write found the location gone (deleted or deactivated): look it up again next time. */
  void vanished() {
    facts.forgetLocation();
  }

  Place resolve(JsonNode data) {
    List<Place> all = new ArrayList<>();
    data.path("locations").path("nodes").forEach(n -> all.add(place(n)));
    if (configured.isEmpty()) {
      JsonNode primary = data.path("primary");
      if (!primary.isObject() && all.isEmpty()) {
        throw new PermanentStoreException("The shop has no location to publish stock to");
      }
      return primary.isObject() ? place(primary) : all.get(0);
    }
    String wanted = Gids.numeric(configured);
    return all.stream()
        .filter(p -> p.id().equals(wanted) || p.name().equalsIgnoreCase(configured))
        .findFirst()
        .orElseThrow(() -> unknown(all));
  }

  private PermanentStoreException unknown(List<Place> all) {
    String known =
        all.stream().map(p -> p.name() + " (id " + p.id() + ")").collect(Collectors.joining(", "));
    return new PermanentStoreException(
        "store."
            + ShopifyOptions.LOCATION
            + ": the shop has no active location named or numbered '"
            + configured
            + "'; its locations are "
            + (known.isEmpty() ? "none" : known));
  }

  private static Place place(JsonNode node) {
    return new Place(Json.id(node, "id"), Json.text(node, "name").trim());
  }
}
