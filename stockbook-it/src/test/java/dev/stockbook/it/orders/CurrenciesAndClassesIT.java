package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.sim.quickbooks.CompanySettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16: orders in a foreign currency post with CurrencyRef and the configured ExchangeRate to
 * a customer in that currency (QuickBooks refuses a document in another currency than its
 * customer's); an unknown currency parks. Classes and locations by rule; a class QuickBooks lacks
 * parks the order naming the setting.
 */
class CurrenciesAndClassesIT {
  @TempDir Path dir;

  private static final CompanySettings COMPANY =
      CompanySettings.builder()
          .multiCurrency(true)
          .classTrackingPerTxn(true)
          .trackDepartments(true)
          .build();

  @Test
  void a_euro_order_posts_in_euros_at_the_configured_rate_to_a_euro_customer() throws Exception {
    Map<String, String> settings =
        Map.of(
            "sync.currencies", "EUR",
            "sync.exchangeRates", "EUR=1.25",
            "sync.class", "Retail",
            "sync.classes", "cod=Wholesale",
            "sync.location", "Online");
    try (OrdersWorld world = OrdersWorld.start(dir, settings, COMPANY)) {
      long euro = paid(world, "EUR", "stripe", world.line("redwine", 2));
      long dollars = paid(world, "USD", "cod", world.line("whitewine", 1));
      long pounds = paid(world, "GBP", "stripe", world.line("redwine", 1));

      world.cycle();

      JsonNode receipt = world.books.salesReceipt(euro);
      SameOrder.assertSame(receipt, world.store.order(euro), world.books);
      assertThat(receipt.at("/CurrencyRef/value").asText()).isEqualTo("EUR");
      assertThat(receipt.get("ExchangeRate").decimalValue()).isEqualByComparingTo("1.25");
      assertThat(receipt.get("HomeTotalAmt").decimalValue())
          .isEqualByComparingTo(
              receipt.get("TotalAmt").decimalValue().multiply(new BigDecimal("1.25")));
      JsonNode customer =
          world
              .books
              .client()
              .query(
                  "select * from Customer where Id = '"
                      + receipt.at("/CustomerRef/value").asText()
                      + "'")
              .get(0);
      assertThat(customer.path("DisplayName").asText()).isEqualTo("Web Store (EUR)");
      assertThat(customer.at("/CurrencyRef/value").asText()).isEqualTo("EUR");
      assertThat(receipt.at("/ClassRef/name").asText()).isEqualTo("Retail");
      assertThat(receipt.at("/DepartmentRef/name").asText()).isEqualTo("Online");

      JsonNode home = world.books.salesReceipt(dollars);
      assertThat(home.at("/CurrencyRef/value").asText()).isEqualTo("USD");
      assertThat(home.at("/ClassRef/name").asText()).isEqualTo("Wholesale");

      TrackedOrder gbp = tracked(world, pounds);
      assertThat(gbp.state()).isEqualTo(OrderState.PARKED);
      assertThat(gbp.reason())
          .startsWith("Order #" + pounds + " is in GBP but the QuickBooks company uses USD")
          .contains("sync.currencies");
    }
  }

  @Test
  void a_class_quickbooks_lacks_parks_the_order_naming_the_class_and_the_setting()
      throws Exception {
    try (OrdersWorld world =
        OrdersWorld.start(dir, Map.of("sync.classes", "cod=Wholesail"), COMPANY)) {
      long typo = paid(world, "USD", "cod", world.line("redwine", 1));
      long fine = paid(world, "USD", "stripe", world.line("redwine", 1));

      world.cycle();

      TrackedOrder parked = tracked(world, typo);
      assertThat(parked.state()).isEqualTo(OrderState.PARKED);
      assertThat(parked.reason())
          .startsWith("Order #" + typo)
          .contains("Class named 'Wholesail'")
          .contains("sync.classes");
      assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(typo))).isZero();
      SameOrder.assertSame(world.books.salesReceipt(fine), world.store.order(fine), world.books);
    }
  }

  static long paid(OrdersWorld world, String currency, String method, ObjectNode line) {
    ObjectNode body =
        WooRest.object()
            .put("set_paid", true)
            .put("currency", currency)
            .put("payment_method", method)
            .put("payment_method_title", method);
    body.putArray("line_items").add(line);
    return world.store.createOrder(body).path("id").asLong();
  }

  static TrackedOrder tracked(OrdersWorld world, long id) {
    return world
        .wiring()
        .state()
        .orders()
        .find(OrdersWorld.CONNECTION, String.valueOf(id))
        .orElseThrow();
  }
}
