package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.sim.quickbooks.CompanySettings;
import dev.stockbook.sim.woocommerce.OrderOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16, sales tax. A Canadian QuickBooks company refuses a line without a tax code (6000):
 * with {@code sync.salesTax=tax-codes} every line Stockbook sends carries the code its store rate
 * maps to, and the receipt's tax and total are the store's to the cent, with no rounding line. An
 * unmapped rate parks the order with the setting to fix; the others still post. A US company with
 * automated sales tax keeps the store's tax, which QuickBooks honours when it is sent.
 */
class SalesTaxCodesIT {
  private static final Map<String, String> CANADA =
      Map.of("sync.salesTax", "tax-codes", "sync.taxCodes", "US-TAX-1=HST ON,none=Zero-rated");

  @TempDir Path dir;

  @Test
  void a_canadian_company_gets_a_tax_code_on_every_line_and_the_store_total_to_the_cent()
      throws Exception {
    try (OrdersWorld world =
        OrdersWorld.start(dir, CANADA, CompanySettings.builder().country("CA").build())) {
      world.woo.setTaxRate("13");
      long taxed =
          world.order(
              OrderOptions.defaults().withShipping("7.50").withCoupon("SAVE3", "3.33"),
              "redwine:2",
              "whitewine:3");
      world.woo.setTaxRate("0");
      long untaxed = world.order("redwine:1");

      CycleReport report = world.cycle();

      assertThat(report.errors()).isEmpty();
      assertThat(report.posted()).isEqualTo(2);
      JsonNode receipt = world.books.salesReceipt(taxed);
      JsonNode order = world.store.order(taxed);
      SameOrder.assertSame(receipt, order, world.books);
      String hst =
          world
              .books
              .client()
              .query("select * from TaxCode where Name = 'HST ON'")
              .get(0)
              .path("Id")
              .asText();
      String zero =
          world
              .books
              .client()
              .query("select * from TaxCode where Name = 'Zero-rated'")
              .get(0)
              .path("Id")
              .asText();
      assertThat(taxCodes(receipt)).isNotEmpty().containsOnly(hst);
      assertThat(receipt.at("/TxnTaxDetail/TotalTax").decimalValue())
          .isEqualByComparingTo(new java.math.BigDecimal(order.get("total_tax").asText()));
      assertThat(receipt.get("TotalAmt").decimalValue())
          .isEqualByComparingTo(new java.math.BigDecimal(order.get("total").asText()));
      assertThat(taxCodes(world.books.salesReceipt(untaxed))).containsOnly(zero);
    }
  }

  @Test
  void an_unmapped_rate_parks_its_order_naming_the_setting_and_the_others_post() throws Exception {
    Map<String, String> noRate =
        Map.of("sync.salesTax", "tax-codes", "sync.taxCodes", "none=Zero-rated");
    try (OrdersWorld world =
        OrdersWorld.start(dir, noRate, CompanySettings.builder().country("CA").build())) {
      world.woo.setTaxRate("13");
      long taxed = world.order("redwine:1");
      world.woo.setTaxRate("0");
      long untaxed = world.order("whitewine:1");

      world.cycle();

      TrackedOrder parked =
          world
              .wiring()
              .state()
              .orders()
              .find(OrdersWorld.CONNECTION, String.valueOf(taxed))
              .orElseThrow();
      assertThat(parked.state()).isEqualTo(OrderState.PARKED);
      assertThat(parked.reason())
          .startsWith("Order #" + taxed)
          .contains("\"US-TAX-1\"")
          .contains("sync.taxCodes");
      assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(taxed))).isZero();
      SameOrder.assertSame(
          world.books.salesReceipt(untaxed), world.store.order(untaxed), world.books);
    }
  }

  @Test
  void a_tax_code_quickbooks_lacks_parks_the_order_naming_the_code_and_the_setting()
      throws Exception {
    Map<String, String> typo =
        Map.of("sync.salesTax", "tax-codes", "sync.taxCodes", "US-TAX-1=HST ONT,none=Zero-rated");
    try (OrdersWorld world =
        OrdersWorld.start(dir, typo, CompanySettings.builder().country("CA").build())) {
      world.woo.setTaxRate("13");
      long taxed = world.order("redwine:1");

      world.cycle();

      TrackedOrder parked =
          world
              .wiring()
              .state()
              .orders()
              .find(OrdersWorld.CONNECTION, String.valueOf(taxed))
              .orElseThrow();
      assertThat(parked.state()).isEqualTo(OrderState.PARKED);
      assertThat(parked.reason())
          .startsWith("Order #" + taxed)
          .contains("TaxCode named 'HST ONT'")
          .contains("sync.taxCodes");
    }
  }

  @Test
  void us_automated_sales_tax_honours_the_store_tax_sent_as_total_tax() throws Exception {
    try (OrdersWorld world =
        OrdersWorld.start(
            dir, Map.of(), CompanySettings.builder().automatedSalesTax(true).build())) {
      world.woo.setTaxRate("8.25");
      long id = world.order(OrderOptions.defaults().withShipping("4.99"), "redwine:3", "TEE-S:1");

      world.cycle();

      JsonNode receipt = world.books.salesReceipt(id);
      JsonNode order = world.store.order(id);
      SameOrder.assertSame(receipt, order, world.books);
      // the engine's own code (8% California) would make another tax; the store's is kept
      assertThat(receipt.at("/TxnTaxDetail/TxnTaxCodeRef/name").asText()).isEqualTo("California");
      assertThat(receipt.at("/TxnTaxDetail/TotalTax").decimalValue())
          .isEqualByComparingTo(new java.math.BigDecimal(order.get("total_tax").asText()));
      assertThat(receipt.get("TotalAmt").decimalValue())
          .isEqualByComparingTo(new java.math.BigDecimal(order.get("total").asText()));
    }
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
