package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.sim.woocommerce.Shopper;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's webhooks are kept active, and a burst of webhooks costs one turn. */
class StoreWebhookUpkeepIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void a_webhook_the_store_disabled_is_reactivated_at_the_next_full_cycle() throws Exception {
    try (ServiceWorld world = ServiceWorld.start(dir).afterFirstCycle()) {
      JsonNode hooks = JSON.readTree(woo(world, "GET", "/webhooks", null));
      assertThat(hooks).hasSize(3);
      long id = hooks.get(0).path("id").asLong();
      woo(world, "POST", "/webhooks/" + id, "{\"status\":\"disabled\"}");
      assertThat(world.woocommerce.webhookStatus(id)).isEqualTo("disabled");

      world.admin("POST", "/api/connections/demo/sync");

      Eventually.until(
          Duration.ofSeconds(15),
          () -> "active".equals(world.woocommerce.webhookStatus(id)),
          "the webhook re-activated");
      assertThat(JSON.readTree(woo(world, "GET", "/webhooks", null))).hasSize(3);
    }
  }

  @Test
  void a_burst_of_order_webhooks_costs_one_turn() {
    try (ServiceWorld world = ServiceWorld.start(dir, Duration.ofSeconds(2)).afterFirstCycle()) {
      for (int i = 0; i < 3; i++) {
        world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
      }
      assertThat(world.woocommerce.deliverDueWebhooks()).isGreaterThanOrEqualTo(3);

      Eventually.until(
          Duration.ofSeconds(20),
          () -> metrics(world).contains("kind=\"orders\",outcome=\"ok\"} 1.0"),
          "one orders turn");
      Eventually.until(
          Duration.ofSeconds(20),
          () ->
              world.wiring.state().orders().countByState("demo").values().stream()
                      .mapToLong(Long::longValue)
                      .sum()
                  == 3,
          "the three orders tracked");
      assertThat(metrics(world))
          .contains(
              "stockbook_cycles_total{connection=\"demo\",kind=\"orders\",outcome=\"ok\"} 1.0");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String metrics(ServiceWorld world) {
    return world.admin("GET", "/metrics").body();
  }

  private static String woo(ServiceWorld world, String method, String path, String body) {
    String basic = world.woocommerce.consumerKey() + ":" + world.woocommerce.consumerSecret();
    return world
        .send(
            HttpRequest.newBuilder(
                    java.net.URI.create(world.woocommerce.baseUrl() + "/wp-json/wc/v3" + path))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
                .header("X-Forwarded-Proto", "https")
                .header("Content-Type", "application/json")
                .method(
                    method,
                    body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)))
        .body();
  }
}
