package dev.stockbook.sim.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.common.SimClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShopifyCostIT {
  SimClock clock = SimClock.fixed(Instant.parse("2026-11-02T10:00:00Z"));
  ShopifySimulator sim = ShopifySimulator.builder().clock(clock).promptWebhooks(false).start();
  AdminHttp http = new AdminHttp(sim);

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void a_connection_costs_two_plus_page_size_times_its_node_and_gets_refunded_to_actual() {
    sim.seedDemoStore();
    AdminHttp.Res res =
        http.query(
            "{ products(first: 10) { edges { node { title variants(first: 5) { nodes { sku } } } } } }");
    assertThat(res.cost().path("requestedQueryCost").asInt()).isEqualTo(2 + 10 * (1 + 2 + 5));
    assertThat(res.cost().path("actualQueryCost").asInt())
        .isEqualTo(2 + 3 * (1 + 2 + 1) + (1 + 2 + 2));
    assertThat(res.cost().at("/throttleStatus/maximumAvailable").asDouble()).isEqualTo(2000.0);
    assertThat(res.cost().at("/throttleStatus/currentlyAvailable").asInt()).isEqualTo(2000 - 19);
    assertThat(res.cost().at("/throttleStatus/restoreRate").asDouble()).isEqualTo(100.0);
  }

  @Test
  void an_empty_bucket_throttles_with_http_200_until_the_clock_restores_it() {
    String expensive =
        "{ orders(first: 250) { nodes { id lineItems(first: 2) { nodes { sku } } } } }";
    int requested = 2 + 250 * (1 + 2 + 2);
    assertThat(requested).isGreaterThan(1000);
    sim.seedDemoStore();
    sim.merchant().setAvailable("redwine", 1000);
    for (int i = 0; i < 250; i++) {
      sim.shopper().placeOrder(java.util.List.of(new Shopper.Line("redwine", 1)));
    }
    String affordable = "{ orders(first: 240) { nodes { id } } }";
    for (int i = 0; i < 8; i++) {
      assertThat(http.query(affordable).errorCode()).isEmpty();
    }
    AdminHttp.Res throttled = http.query(affordable);
    assertThat(throttled.status()).isEqualTo(200);
    assertThat(throttled.errorCode()).isEqualTo("THROTTLED");
    assertThat(throttled.body().at("/errors/0/message").asText()).isEqualTo("Throttled");
    assertThat(throttled.cost().path("actualQueryCost").isNull()).isTrue();
    clock.advance(Duration.ofSeconds(3));
    assertThat(http.query(affordable).errorCode()).isEmpty();
    assertThat(http.query(expensive).errorCode()).isEqualTo("MAX_COST_EXCEEDED");
  }

  @Test
  void a_plus_plan_restores_faster() {
    sim.plan(Plan.PLUS);
    AdminHttp.Res res = http.query("{ shop { name } }");
    assertThat(res.cost().at("/throttleStatus/restoreRate").asDouble()).isEqualTo(1000.0);
    assertThat(res.cost().path("requestedQueryCost").asInt()).isEqualTo(1);
  }

  @Test
  void the_fault_plan_answers_5xx_with_a_shopify_body() {
    sim.faults().next("POST", "/admin/api/.*", Fault.status(503), 1);
    AdminHttp.Res res = http.query("{ shop { name } }");
    assertThat(res.status()).isEqualTo(503);
    assertThat(http.query("{ shop { name } }").status()).isEqualTo(200);
  }
}
