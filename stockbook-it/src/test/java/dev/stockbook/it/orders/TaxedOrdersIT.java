package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.sim.woocommerce.OrderOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store charging 8.25% (prices excluding tax, rounded per line, as WooCommerce does by default):
 * each taxed order becomes a sales receipt whose tax and total equal the store's to the cent.
 */
class TaxedOrdersIT {
  @TempDir Path dir;
  OrdersWorld world;

  @BeforeEach
  void start() throws Exception {
    world = OrdersWorld.start(dir);
    world.woo.setTaxRate("8.25");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void a_taxed_order_with_a_coupon_shipping_and_a_fee_posts_its_tax_and_total_to_the_cent() {
    OrderOptions options =
        OrderOptions.defaults()
            .withShipping("7.50")
            .withFee("Handling", "2.25")
            .withCoupon("SAVE10", "10.00");
    long id = world.order(options, "redwine:2", "whitewine:3", "TEE-M:1");

    CycleReport report = world.cycle();

    assertThat(report.errors()).isEmpty();
    assertThat(report.posted()).isEqualTo(1);
    JsonNode receipt = world.books.salesReceipt(id);
    JsonNode order = world.store.order(id);
    assertThat(order.get("total_tax").asText()).isEqualTo("5.68");
    assertThat(order.get("total").asText()).isEqualTo("74.43");
    SameOrder.assertSame(receipt, order, world.books);
    assertThat(receipt.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("5.68");
    assertThat(receipt.get("TotalAmt").decimalValue()).isEqualByComparingTo("74.43");
    assertThat(taxCodes(receipt)).containsOnly("TAX");
  }

  @Test
  void
      three_99_cent_lines_post_the_24_cents_the_store_charged_not_the_25_of_rounding_the_subtotal() {
    for (String sku : List.of("MINT", "GUM", "TOFFEE")) {
      world.store.createProduct(
          WooRest.object()
              .put("name", sku)
              .put("sku", sku)
              .put("regular_price", "0.99")
              .put("manage_stock", true)
              .put("stock_quantity", 30));
    }
    long id = world.order("MINT:1", "GUM:1", "TOFFEE:1");

    CycleReport report = world.cycle();

    assertThat(report.errors()).isEmpty();
    JsonNode receipt = world.books.salesReceipt(id);
    SameOrder.assertSame(receipt, world.store.order(id), world.books);
    assertThat(receipt.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("0.24");
    assertThat(receipt.get("TotalAmt").decimalValue()).isEqualByComparingTo("3.21");
  }

  @Test
  void a_coupon_that_splits_unevenly_still_leaves_tax_and_total_equal_to_the_store() {
    long id =
        world.order(
            OrderOptions.defaults().withCoupon("ODD", "3.33").withShipping("4.99"),
            "redwine:3",
            "TEE-S:1",
            "whitewine:7");

    world.cycle();

    JsonNode order = world.store.order(id);
    // Lines 35.01, 14.59, 68.07 after the coupon: 2.89 + 1.20 + 5.62, and 0.41 on shipping.
    assertThat(order.get("total_tax").asText()).isEqualTo("10.12");
    assertThat(order.get("total").asText()).isEqualTo("132.78");
    SameOrder.assertSame(world.books.salesReceipt(id), order, world.books);
  }

  @Test
  void taxed_and_untaxed_orders_post_side_by_side_each_with_its_own_tax() {
    world.woo.setTaxRate("0");
    long untaxed = world.order("redwine:1");
    world.woo.setTaxRate("8.25");
    long taxed = world.order("redwine:1");

    assertThat(world.cycle().posted()).isEqualTo(2);

    assertThat(world.books.salesReceipt(untaxed).at("/TxnTaxDetail/TotalTax").decimalValue())
        .isZero();
    assertThat(world.books.salesReceipt(untaxed).get("TotalAmt").decimalValue())
        .isEqualByComparingTo("12.00");
    assertThat(world.books.salesReceipt(taxed).at("/TxnTaxDetail/TotalTax").decimalValue())
        .isEqualByComparingTo("0.99");
    assertThat(world.books.salesReceipt(taxed).get("TotalAmt").decimalValue())
        .isEqualByComparingTo("12.99");
  }

  /** The TaxCodeRef of every item and shipping line. */
  private static List<String> taxCodes(JsonNode receipt) {
    List<String> codes = new ArrayList<>();
    for (JsonNode line : receipt.path("Line")) {
      JsonNode detail = line.path("SalesItemLineDetail");
      if (!detail.isMissingNode()) {
        codes.add(detail.path("TaxCodeRef").path("value").asText());
      }
    }
    return codes;
  }
}
