package dev.stockbook.sim.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.shopify.Merchant.Restock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShopifyOrdersIT {
  SimClock clock = SimClock.fixed(Instant.parse("2026-11-02T10:00:00Z"));
  ShopifySimulator sim = ShopifySimulator.builder().clock(clock).promptWebhooks(false).start();
  AdminHttp http = new AdminHttp(sim);

  @BeforeEach
  void seed() {
    sim.seedDemoStore();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private long order(int quantity) {
    long id = sim.shopper().placeOrder(List.of(new Shopper.Line("TEE-M", quantity)));
    clock.advance(Duration.ofMinutes(1));
    return id;
  }

  private int[] tee() {
    return new int[] {
      sim.quantity("TEE-M", "available"),
      sim.quantity("TEE-M", "committed"),
      sim.quantity("TEE-M", "on_hand")
    };
  }

  private JsonNode read(long id) {
    return http.query(
            "{ order(id: \"gid://shopify/Order/"
                + id
                + "\") { updatedAt cancelledAt cancelReason displayFinancialStatus"
                + " displayFulfillmentStatus lineItems(first: 5) { nodes { quantity currentQuantity } }"
                + " refunds { refundLineItems(first: 5) { nodes { quantity restockType restocked } } } } }")
        .data()
        .path("order");
  }

  @Test
  void a_sale_commits_and_fulfilment_takes_units_off_hand() {
    long id = order(3);
    assertThat(tee()).containsExactly(4, 3, 7);
    sim.merchant().fulfil(id);
    assertThat(tee()).containsExactly(4, 0, 4);
    assertThat(read(id).path("displayFulfillmentStatus").asText()).isEqualTo("FULFILLED");
  }

  @Test
  void cancel_restock_puts_unfulfilled_units_back_to_available() {
    long id = order(3);
    sim.merchant().refund(id, "TEE-M", 2, Restock.CANCEL);
    assertThat(tee()).containsExactly(6, 1, 7);
    JsonNode o = read(id);
    assertThat(o.at("/refunds/0/refundLineItems/nodes/0/restockType").asText()).isEqualTo("CANCEL");
    assertThat(o.at("/lineItems/nodes/0/quantity").asInt()).isEqualTo(3);
    assertThat(o.at("/lineItems/nodes/0/currentQuantity").asInt()).isEqualTo(1);
    assertThat(o.path("displayFinancialStatus").asText()).isEqualTo("PARTIALLY_REFUNDED");
  }

  @Test
  void return_restock_adds_shipped_units_back_and_no_restock_leaves_stock_alone() {
    long id = order(3);
    sim.merchant().fulfil(id);
    sim.merchant().refund(id, "TEE-M", 1, Restock.RETURN);
    assertThat(tee()).containsExactly(5, 0, 5);
    sim.merchant().refund(id, "TEE-M", 1, Restock.NO_RESTOCK);
    assertThat(tee()).containsExactly(5, 0, 5);
    assertThatThrownBy(() -> sim.merchant().refund(id, "TEE-M", 1, Restock.CANCEL))
        .hasMessageContaining("CANCEL restocks only unfulfilled units");
  }

  @Test
  void cancelling_with_and_without_restock() {
    long restocked = order(2);
    sim.merchant().cancel(restocked, "CUSTOMER", true);
    assertThat(tee()).containsExactly(7, 0, 7);
    JsonNode o = read(restocked);
    assertThat(o.path("cancelledAt").asText()).isEqualTo("2026-11-02T10:01:00Z");
    assertThat(o.path("cancelReason").asText()).isEqualTo("CUSTOMER");
    assertThat(o.path("displayFinancialStatus").asText()).isEqualTo("REFUNDED");
    long kept = sim.shopper().placeOrder(List.of(new Shopper.Line("TEE-M", 2)), false);
    sim.merchant().cancel(kept, "INVENTORY", false);
    assertThat(tee()).containsExactly(5, 0, 5);
    assertThat(read(kept).path("displayFinancialStatus").asText()).isEqualTo("VOIDED");
  }

  @Test
  void an_order_edit_moves_committed_stock_and_bumps_updated_at() {
    long id = order(2);
    String before = read(id).path("updatedAt").asText();
    sim.merchant().editQuantity(id, "TEE-M", 4, true);
    assertThat(tee()).containsExactly(3, 4, 7);
    sim.merchant().editQuantity(id, "TEE-M", 1, true);
    assertThat(tee()).containsExactly(6, 1, 7);
    assertThat(read(id).path("updatedAt").asText()).isNotEqualTo(before);
  }

  @Test
  void checkout_refuses_more_than_is_available() {
    assertThatThrownBy(() -> order(8)).hasMessageContaining("7 available, 8 wanted");
  }

  @Test
  void a_pending_order_becomes_paid() {
    long id = sim.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)), false);
    assertThat(read(id).path("displayFinancialStatus").asText()).isEqualTo("PENDING");
    sim.merchant().markPaid(id);
    assertThat(read(id).path("displayFinancialStatus").asText()).isEqualTo("PAID");
  }
}
