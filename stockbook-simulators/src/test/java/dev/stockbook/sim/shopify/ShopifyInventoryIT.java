package dev.stockbook.sim.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.sim.common.SimClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShopifyInventoryIT {
  static final String SET =
      "mutation($input: InventorySetQuantitiesInput!) { inventorySetQuantities(input: $input) {"
          + " inventoryAdjustmentGroup { changes { name delta quantityAfterChange } } userErrors { code field message } } }";
  static final String ADJUST =
      "mutation($input: InventoryAdjustQuantitiesInput!) { inventoryAdjustQuantities(input: $input) @idempotent(key: \"%s\") {"
          + " inventoryAdjustmentGroup { changes { name delta quantityAfterChange } } userErrors { code message } } }";

  ShopifySimulator sim =
      ShopifySimulator.builder()
          .clock(SimClock.fixed(Instant.parse("2026-11-02T10:00:00Z")))
          .promptWebhooks(false)
          .start();
  AdminHttp http = new AdminHttp(sim);
  String redwine;
  String location;

  @BeforeEach
  void seed() {
    sim.seedDemoStore();
    redwine = http.itemId("redwine");
    location = http.locationId();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private Map<String, Object> row(String item, String loc, int quantity, Object changeFrom) {
    Map<String, Object> row =
        new HashMap<>(Map.of("inventoryItemId", item, "locationId", loc, "quantity", quantity));
    row.put("changeFromQuantity", changeFrom);
    return row;
  }

  private JsonNode set(List<Map<String, Object>> rows) {
    Map<String, Object> input =
        Map.of("name", "available", "reason", "correction", "quantities", rows);
    return http.query(SET, Map.of("input", input)).data().path("inventorySetQuantities");
  }

  @Test
  void set_quantities_swaps_only_when_change_from_matches() {
    JsonNode ok = set(List.of(row(redwine, location, 15, 20)));
    assertThat(ok.path("userErrors")).isEmpty();
    assertThat(sim.quantity("redwine", "available")).isEqualTo(15);
    assertThat(sim.quantity("redwine", "on_hand")).isEqualTo(15);
    JsonNode stale = set(List.of(row(redwine, location, 9, 20)));
    assertThat(stale.at("/userErrors/0/code").asText()).isEqualTo("CHANGE_FROM_QUANTITY_STALE");
    assertThat(stale.at("/userErrors/0/field").toString())
        .isEqualTo("[\"input\",\"quantities\",\"0\",\"changeFromQuantity\"]");
    assertThat(sim.quantity("redwine", "available")).isEqualTo(15);
    assertThat(set(List.of(row(redwine, location, 9, null))).path("userErrors")).isEmpty();
    assertThat(sim.quantity("redwine", "available")).isEqualTo(9);
  }

  @Test
  void leaving_out_change_from_quantity_is_an_error_since_2026_04() {
    Map<String, Object> row =
        Map.of("inventoryItemId", redwine, "locationId", location, "quantity", 3);
    JsonNode res = set(List.of(row));
    assertThat(res.at("/userErrors/0/field/3").asText()).isEqualTo("changeFromQuantity");
    assertThat(sim.quantity("redwine", "available")).isEqualTo(20);
  }

  @Test
  void an_unknown_location_fails_the_whole_call() {
    String rosewine = http.itemId("rosewine");
    JsonNode res =
        set(
            List.of(
                row(rosewine, location, 1, 12), row(redwine, "gid://shopify/Location/1", 5, 20)));
    assertThat(res.at("/userErrors/0/code").asText()).isEqualTo("INVALID_LOCATION");
    assertThat(res.at("/userErrors/0/field").toString()).contains("\"1\"", "locationId");
    assertThat(sim.quantity("rosewine", "available")).isEqualTo(12);
  }

  @Test
  void an_input_array_over_250_is_refused_before_running() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 251; i++) {
      rows.add(row(redwine, location, 1, null));
    }
    Map<String, Object> input =
        Map.of("name", "available", "reason", "correction", "quantities", rows);
    AdminHttp.Res res = http.query(SET, Map.of("input", input));
    assertThat(res.errorCode()).isEqualTo("MAX_INPUT_SIZE_EXCEEDED");
    assertThat(res.body().at("/errors/0/message").asText())
        .isEqualTo("The input array size of 251 is greater than the maximum allowed of 250.");
    assertThat(sim.quantity("redwine", "available")).isEqualTo(20);
  }

  private AdminHttp.Res adjust(String key, int delta) {
    Map<String, Object> change =
        Map.of("inventoryItemId", redwine, "locationId", location, "delta", delta);
    Map<String, Object> input =
        Map.of("name", "available", "reason", "received", "changes", List.of(change));
    return http.query(ADJUST.formatted(key), Map.of("input", input));
  }

  @Test
  void the_same_idempotency_key_applies_an_adjustment_once() {
    JsonNode first = adjust("k-1", 5).data();
    JsonNode retry = adjust("k-1", 5).data();
    assertThat(sim.quantity("redwine", "available")).isEqualTo(25);
    assertThat(retry).isEqualTo(first);
    assertThat(adjust("k-1", 6).data().at("/inventoryAdjustQuantities/userErrors/0/code").asText())
        .isEqualTo("IDEMPOTENCY_KEY_PARAMETER_MISMATCH");
    adjust("k-2", 5);
    assertThat(sim.quantity("redwine", "available")).isEqualTo(30);
  }

  @Test
  void an_adjustment_without_the_idempotent_directive_is_refused() {
    String query = ADJUST.replace(" @idempotent(key: \"%s\")", "");
    Map<String, Object> change =
        Map.of("inventoryItemId", redwine, "locationId", location, "delta", 1);
    AdminHttp.Res res =
        http.query(
            query,
            Map.of(
                "input",
                Map.of("name", "available", "reason", "received", "changes", List.of(change))));
    assertThat(res.errorCode()).isEqualTo("BAD_REQUEST");
    assertThat(sim.quantity("redwine", "available")).isEqualTo(20);
  }

  @Test
  void an_injected_user_error_changes_nothing() {
    sim.failNextMutation(
        "inventoryAdjustQuantities",
        "ADJUST_QUANTITIES_FAILED",
        "The quantities couldn't be adjusted. Try again.",
        1);
    assertThat(adjust("k-3", 5).data().at("/inventoryAdjustQuantities/userErrors/0/code").asText())
        .isEqualTo("ADJUST_QUANTITIES_FAILED");
    assertThat(sim.quantity("redwine", "available")).isEqualTo(20);
    adjust("k-4", 5);
    assertThat(sim.quantity("redwine", "available")).isEqualTo(25);
  }
}
