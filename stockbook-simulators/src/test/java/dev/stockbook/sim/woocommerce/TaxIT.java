package dev.stockbook.sim.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A store with an 8.25% standard rate, prices excluding tax, tax rounded per line: the order JSON
 * over HTTP.
 */
class TaxIT {
  WooCommerceSimulator sim;
  WooHttp http;

  @BeforeEach
  void start() {
    sim = WooCommerceSimulator.builder().backgroundDelivery(false).start();
    sim.seedDemoStore();
    sim.setTaxRate("8.25");
    http = new WooHttp(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void
      a_checkout_with_a_coupon_shipping_and_a_fee_is_taxed_line_by_line_and_the_total_includes_the_tax() {
    OrderOptions options =
        OrderOptions.defaults()
            .withShipping("7.50")
            .withFee("Handling", "2.25")
            .withCoupon("SAVE10", "10.00");
    long id =
        sim.shopper()
            .placeOrder(
                List.of(
                    new Shopper.Line("redwine", 2),
                    new Shopper.Line("whitewine", 3),
                    new Shopper.Line("TEE-M", 1)),
                options);

    JsonNode o = http.get("/orders/" + id).json();

    assertThat(o.at("/line_items/0/subtotal_tax").asText()).isEqualTo("1.98");
    assertThat(o.at("/line_items/0/total").asText()).isEqualTo("20.52");
    assertThat(o.at("/line_items/0/total_tax").asText()).isEqualTo("1.69");
    assertThat(o.at("/line_items/1/subtotal_tax").asText()).isEqualTo("2.48");
    assertThat(o.at("/line_items/1/total_tax").asText()).isEqualTo("2.12");
    assertThat(o.at("/line_items/1/taxes/0/id").asInt()).isEqualTo(1);
    assertThat(o.at("/line_items/1/taxes/0/total").asText()).isEqualTo("2.116125");
    assertThat(o.at("/line_items/1/taxes/0/subtotal").asText()).isEqualTo("2.475");
    assertThat(o.at("/line_items/2/total_tax").asText()).isEqualTo("1.06");
    assertThat(o.at("/fee_lines/0/total_tax").asText()).isEqualTo("0.19");
    assertThat(o.at("/shipping_lines/0/total_tax").asText()).isEqualTo("0.62");
    assertThat(o.at("/coupon_lines/0/discount_tax").asText()).isEqualTo("0.83");
    assertThat(o.get("discount_tax").asText()).isEqualTo("0.83");
    assertThat(o.get("cart_tax").asText()).isEqualTo("5.06");
    assertThat(o.get("shipping_tax").asText()).isEqualTo("0.62");
    assertThat(o.get("total_tax").asText()).isEqualTo("5.68");
    assertThat(o.get("total").asText()).isEqualTo("74.43");
    JsonNode tax = o.at("/tax_lines/0");
    assertThat(o.get("tax_lines")).hasSize(1);
    assertThat(tax.get("id").asLong()).isPositive();
    assertThat(tax.get("rate_code").asText()).isEqualTo("US-TAX-1");
    assertThat(tax.get("rate_id").asInt()).isEqualTo(1);
    assertThat(tax.get("label").asText()).isEqualTo("Tax");
    assertThat(tax.get("compound").asBoolean()).isFalse();
    assertThat(tax.get("tax_total").asText()).isEqualTo("5.06");
    assertThat(tax.get("shipping_tax_total").asText()).isEqualTo("0.62");
    assertThat(tax.get("rate_percent").decimalValue()).isEqualByComparingTo("8.25");
  }

  @Test
  void three_99_cent_lines_are_taxed_8_cents_each_so_24_cents_not_25() {
    for (String sku : List.of("MINT", "GUM", "TOFFEE")) {
      http.post("/products", Map.of("name", sku, "sku", sku, "regular_price", "0.99"));
    }
    long id =
        sim.shopper()
            .placeOrder(
                List.of(
                    new Shopper.Line("MINT", 1),
                    new Shopper.Line("GUM", 1),
                    new Shopper.Line("TOFFEE", 1)));

    JsonNode o = http.get("/orders/" + id).json();

    assertThat(o.at("/line_items/0/total_tax").asText()).isEqualTo("0.08");
    assertThat(o.at("/line_items/0/taxes/0/total").asText()).isEqualTo("0.081675");
    assertThat(o.get("total_tax").asText()).isEqualTo("0.24");
    assertThat(o.get("total").asText()).isEqualTo("3.21");
  }

  @Test
  void an_order_created_over_rest_is_taxed_and_a_fee_marked_not_taxable_is_not() {
    long red = sim.product("redwine").get("id").asLong();
    JsonNode o =
        http.post(
                "/orders",
                Map.of(
                    "line_items",
                    List.of(Map.of("product_id", red, "quantity", 1)),
                    "fee_lines",
                    List.of(Map.of("name", "Deposit", "total", "5.00", "tax_status", "none"))))
            .json();

    assertThat(o.at("/line_items/0/total_tax").asText()).isEqualTo("0.99");
    assertThat(o.at("/fee_lines/0/total_tax").asText()).isEqualTo("0.00");
    assertThat(o.at("/fee_lines/0/taxes")).isEmpty();
    assertThat(o.get("total").asText()).isEqualTo("17.99");
  }

  @Test
  void orders_placed_before_the_rate_was_set_keep_no_tax() {
    sim.setTaxRate("0");
    long id = sim.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
    sim.setTaxRate("8.25");

    JsonNode o = http.get("/orders/" + id).json();

    assertThat(o.get("total_tax").asText()).isEqualTo("0.00");
    assertThat(o.get("tax_lines")).isEmpty();
    assertThat(o.at("/line_items/0/taxes")).isEmpty();
    assertThat(o.get("total").asText()).isEqualTo("12.00");
  }
}
