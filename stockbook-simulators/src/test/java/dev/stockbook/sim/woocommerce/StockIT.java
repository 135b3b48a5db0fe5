package dev.stockbook.sim.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StockIT {
  WooCommerceSimulator sim;
  WooHttp http;

  @BeforeEach
  void start() {
    sim = WooCommerceSimulator.builder().backgroundDelivery(false).start();
    sim.seedDemoStore();
    http = new WooHttp(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  long createOrder(String status, String sku, int qty) {
    long id = sim.product(sku).get("id").asLong();
    String field =
        sim.product(sku).get("type").asText().equals("variation") ? "variation_id" : "product_id";
    WooHttp.Res res =
        http.post(
            "/orders",
            Map.of("status", status, "line_items", List.of(Map.of(field, id, "quantity", qty))));
    assertThat(res.status()).isEqualTo(201);
    return res.json().get("id").asLong();
  }

  @Test
  void stock_falls_once_on_processing_and_on_hold_and_comes_back_on_cancel() {
    long order = createOrder("pending", "redwine", 2);
    assertThat(sim.stock("redwine")).isEqualTo(20);
    http.put("/orders/" + order, Map.of("status", "processing"));
    assertThat(sim.stock("redwine")).isEqualTo(18);
    http.put("/orders/" + order, Map.of("status", "on-hold"));
    assertThat(sim.stock("redwine")).isEqualTo(18);
    JsonNode cancelled = http.put("/orders/" + order, Map.of("status", "cancelled")).json();
    assertThat(sim.stock("redwine")).isEqualTo(20);
    assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
    http.put("/orders/" + order, Map.of("status", "pending"));
    assertThat(sim.stock("redwine")).isEqualTo(20);
  }

  @Test
  void set_paid_moves_the_order_to_processing_and_reduces_stock_of_a_variation() {
    WooHttp.Res res =
        http.post(
            "/orders",
            Map.of("set_paid", true, "line_items", List.of(Map.of("sku", "TEE-S", "quantity", 2))));
    assertThat(res.json().get("status").asText()).isEqualTo("processing");
    assertThat(res.json().get("date_paid").isNull()).isFalse();
    assertThat(res.json().at("/line_items/0/price").isNumber()).isTrue();
    assertThat(res.json().at("/line_items/0/parent_name").asText()).isEqualTo("T-Shirt");
    assertThat(sim.stock("TEE-S")).isEqualTo(3);
  }

  @Test
  void a_refund_with_line_items_restocks_and_is_written_negative() {
    long order = sim.shopper().placeOrder(List.of(new Shopper.Line("whitewine", 3)));
    assertThat(sim.stock("whitewine")).isEqualTo(32);
    long lineId = sim.order(order).at("/line_items/0/id").asLong();
    WooHttp.Res refund =
        http.post(
            "/orders/" + order + "/refunds",
            Map.of(
                "api_refund",
                false,
                "line_items",
                List.of(Map.of("id", lineId, "quantity", 1, "refund_total", "10.00"))));
    assertThat(refund.status()).isEqualTo(201);
    assertThat(refund.json().get("amount").asText()).isEqualTo("10.00");
    assertThat(refund.json().at("/line_items/0/quantity").asInt()).isEqualTo(-1);
    assertThat(refund.json().at("/line_items/0/total").asText()).isEqualTo("-10.00");
    assertThat(sim.stock("whitewine")).isEqualTo(33);
    assertThat(sim.order(order).at("/refunds/0/total").asText()).isEqualTo("-10.00");
  }

  @Test
  void setting_status_refunded_creates_the_remainder_refund_without_restocking() {
    long order = sim.shopper().placeOrder(List.of(new Shopper.Line("rosewine", 2)));
    JsonNode refunded = http.put("/orders/" + order, Map.of("status", "refunded")).json();
    assertThat(refunded.at("/refunds/0/total").asText()).isEqualTo("-22.00");
    assertThat(refunded.at("/refunds/0/reason").asText()).isEqualTo("Order fully refunded.");
    assertThat(sim.stock("rosewine")).isEqualTo(10);
  }

  @Test
  void the_shopper_cancels_and_refunds_like_the_storefront() {
    long order =
        sim.shopper()
            .placeOrder(List.of(new Shopper.Line("TEE-M", 2), new Shopper.Line("giftwrap", 1)));
    assertThat(sim.order(order).get("payment_method").asText()).isEqualTo("stripe");
    assertThat(sim.stock("TEE-M")).isEqualTo(5);
    sim.shopper().refund(order, "TEE-M", 1);
    assertThat(sim.stock("TEE-M")).isEqualTo(6);
    sim.shopper().cancel(order);
    assertThat(sim.stock("TEE-M")).isEqualTo(7);
    assertThat(sim.stock("giftwrap")).isNull();
  }

  @Test
  void variations_come_back_by_sku_with_type_variation_and_parent_id() {
    WooHttp.Res res = http.get("/products?sku=TEE-S,redwine");
    assertThat(res.json()).hasSize(2);
    JsonNode variation =
        res.json().get(0).get("sku").asText().equals("TEE-S")
            ? res.json().get(0)
            : res.json().get(1);
    assertThat(variation.get("type").asText()).isEqualTo("variation");
    assertThat(variation.get("parent_id").asLong())
        .isEqualTo(sim.product("TEE").get("id").asLong());
    assertThat(http.get("/products?search_sku=wine").json()).hasSize(3);
    assertThat(http.get("/products").header("X-WP-Total")).isEqualTo("5");
  }

  @Test
  void a_variation_managed_by_its_parent_reports_parent_and_the_parents_quantity() {
    long parent = sim.product("TEE").get("id").asLong();
    long variation = sim.product("TEE-S").get("id").asLong();
    http.put("/products/" + parent, Map.of("manage_stock", true, "stock_quantity", 50));
    JsonNode v =
        http.put(
                "/products/" + parent + "/variations/" + variation,
                Map.of("manage_stock", "parent"))
            .json();
    assertThat(v.get("manage_stock").asText()).isEqualTo("parent");
    assertThat(v.get("stock_quantity").asLong()).isEqualTo(50);
    sim.shopper().placeOrder(List.of(new Shopper.Line("TEE-S", 4)));
    assertThat(sim.product("TEE").get("stock_quantity").asLong()).isEqualTo(46);
  }

  @Test
  void writing_a_variation_through_products_is_the_real_404() {
    long variation = sim.product("TEE-S").get("id").asLong();
    WooHttp.Res res = http.put("/products/" + variation, Map.of("stock_quantity", 3));
    assertThat(res.status()).isEqualTo(404);
    assertThat(res.json().get("code").asText()).isEqualTo("woocommerce_rest_invalid_product_id");
    assertThat(res.text())
        .contains("\\/products\\/&lt;product_id&gt;\\/variations\\/&lt;id&gt; endpoint.");
  }

  @Test
  void inventory_delta_adds_and_zero_stock_flips_to_outofstock() {
    long id = sim.product("redwine").get("id").asLong();
    assertThat(
            http.put("/products/" + id, Map.of("inventory_delta", -2))
                .json()
                .get("stock_quantity")
                .asLong())
        .isEqualTo(18);
    JsonNode zero = http.put("/products/" + id, Map.of("stock_quantity", 0)).json();
    assertThat(zero.get("stock_status").asText()).isEqualTo("outofstock");
    assertThat(
            http.put("/products/" + id, Map.of("stock_quantity", 4))
                .json()
                .get("stock_status")
                .asText())
        .isEqualTo("instock");
  }

  @Test
  void a_duplicate_sku_is_refused_with_the_existing_id() {
    WooHttp.Res res = http.post("/products", Map.of("name", "Again", "sku", "redwine"));
    assertThat(res.status()).isEqualTo(400);
    assertThat(res.json().get("code").asText()).isEqualTo("product_invalid_sku");
    assertThat(res.json().at("/data/resource_id").asLong())
        .isEqualTo(sim.product("redwine").get("id").asLong());
    assertThat(res.json().at("/data/unique_sku").asText()).isEqualTo("redwine-1");
  }

  @Test
  void with_store_stock_management_off_orders_leave_stock_alone() {
    sim.setStockManagement(false);
    sim.shopper().placeOrder(List.of(new Shopper.Line("redwine", 2)));
    sim.setStockManagement(true);
    assertThat(sim.stock("redwine")).isEqualTo(20);
  }
}
