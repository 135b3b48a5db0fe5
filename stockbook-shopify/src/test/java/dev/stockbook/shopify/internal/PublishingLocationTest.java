package dev.stockbook.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.PermanentStoreException;
import org.junit.jupiter.api.Test;

class PublishingLocationTest {
  private final JsonNode data = Fixtures.json("simulator/locations.json");

  @Test
  void no_setting_means_the_primary_location_and_a_name_or_id_finds_its_location() {
    PublishingLocation.Place primary = new PublishingLocation(null, "", null).resolve(data);

    assertThat(primary).isEqualTo(new PublishingLocation.Place("7000001000001", "Shop location"));
    assertThat(new PublishingLocation(null, "shop LOCATION", null).resolve(data))
        .isEqualTo(primary);
    assertThat(new PublishingLocation(null, "7000001000001", null).resolve(data))
        .isEqualTo(primary);
    assertThat(
            new PublishingLocation(null, "gid://shopify/Location/7000001000001", null)
                .resolve(data))
        .isEqualTo(primary);
  }

  @Test
  void an_unknown_location_names_the_setting_and_the_shops_locations() {
    assertThatThrownBy(() -> new PublishingLocation(null, "Depot", null).resolve(data))
        .isInstanceOf(PermanentStoreException.class)
        .hasMessage(
            "store.location: the shop has no active location named or numbered 'Depot'; its"
                + " locations are Shop location (id 7000001000001)");
  }
}
