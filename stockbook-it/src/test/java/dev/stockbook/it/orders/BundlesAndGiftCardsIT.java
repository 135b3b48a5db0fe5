package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.woocommerce.OrderOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16: a store product that is a QuickBooks bundle (Group item) posts as its components, so
 * their stock goes down, at the store's amount; a bundle with a missing component parks. Gift cards
 * sold go to a liability item, and a redemption is a negative line on it, not a discount.
 */
class BundlesAndGiftCardsIT {
  @TempDir Path dir;

  @Test
  void a_bundle_sold_in_the_store_takes_its_components_out_of_quickbooks_stock() throws Exception {
    try (OrdersWorld world = OrdersWorld.start(dir)) {
      QuickBooksClient qbo = world.books.client();
      group(qbo, "WINE-DUO", id(qbo, "redwine"), "1", id(qbo, "whitewine"), "2");
      product(world, "WINE-DUO", "29.99");
      long id = world.order(OrderOptions.defaults().withShipping("5.00"), "WINE-DUO:2", "TEE-S:1");

      CycleReport report = world.cycle();

      assertThat(report.errors()).isEmpty();
      JsonNode receipt = world.books.salesReceipt(id);
      JsonNode order = world.store.order(id);
      assertThat(receipt.get("TotalAmt").decimalValue())
          .isEqualByComparingTo(new BigDecimal(order.get("total").asText()));
      JsonNode group = groupLine(receipt);
      assertThat(group.at("/GroupLineDetail/GroupItemRef/name").asText()).isEqualTo("WINE-DUO");
      assertThat(group.get("Amount").decimalValue()).isEqualByComparingTo("59.98");
      assertThat(world.books.onHand("redwine")).isEqualByComparingTo("18");
      assertThat(world.books.onHand("whitewine")).isEqualByComparingTo("31");
      assertThat(world.books.onHand("TEE-S")).isEqualByComparingTo("4");
    }
  }

  @Test
  void a_bundle_whose_component_is_inactive_parks_naming_the_bundle() throws Exception {
    try (OrdersWorld world = OrdersWorld.start(dir)) {
      QuickBooksClient qbo = world.books.client();
      String retired = item(qbo, "OLD-GLASS");
      group(qbo, "GIFT-SET", id(qbo, "redwine"), "1", retired, "2");
      deactivate(qbo, retired);
      product(world, "GIFT-SET", "30.00");
      long bundle = world.order("GIFT-SET:1");
      long other = world.order("redwine:1");

      world.cycle();

      TrackedOrder parked = CurrenciesAndClassesIT.tracked(world, bundle);
      assertThat(parked.state()).isEqualTo(OrderState.PARKED);
      assertThat(parked.reason())
          .startsWith("Order #" + bundle)
          .contains("SKU GIFT-SET is the QuickBooks bundle \"GIFT-SET\"")
          .contains("missing or inactive");
      assertThat(world.books.onHand("redwine")).isEqualByComparingTo("19");
      SameOrder.assertSame(world.books.salesReceipt(other), world.store.order(other), world.books);
    }
  }

  @Test
  void a_gift_card_sale_is_a_liability_and_its_redemption_a_payment_not_a_discount()
      throws Exception {
    Map<String, String> settings =
        Map.of("sync.giftCardSkus", "GIFT-25", "sync.giftCardRedemptions", "Gift card");
    try (OrdersWorld world = OrdersWorld.start(dir, settings)) {
      QuickBooksClient qbo = world.books.client();
      ObjectNode account =
          qbo.json()
              .createObjectNode()
              .put("Name", "Gift Card Liability")
              .put("AccountType", "Other Current Liability");
      String liability =
          qbo.create("Account", account, UUID.randomUUID().toString()).path("Id").asText();
      product(world, "GIFT-25", "25.00");
      long sold = world.order("GIFT-25:1", "redwine:1");
      long redeemed =
          world.order(OrderOptions.defaults().withFee("Gift card X7Q2", "-20.00"), "redwine:2");

      assertThat(world.cycle().errors()).isEmpty();

      JsonNode sale = world.books.salesReceipt(sold);
      JsonNode card = qbo.query("select * from Item where Name = 'Gift Card'").get(0);
      assertThat(card.at("/IncomeAccountRef/value").asText()).isEqualTo(liability);
      assertThat(itemAmounts(sale, card.path("Id").asText()))
          .containsExactly(new BigDecimal("25.00"));
      assertThat(sale.get("TotalAmt").decimalValue()).isEqualByComparingTo("37.00");
      JsonNode redemption = world.books.salesReceipt(redeemed);
      assertThat(itemAmounts(redemption, card.path("Id").asText()))
          .containsExactly(new BigDecimal("-20.00"));
      assertThat(redemption.toString()).doesNotContain("DiscountLineDetail");
      assertThat(redemption.get("TotalAmt").decimalValue()).isEqualByComparingTo("4.00");
      assertThat(qbo.query("select * from Item where Name = 'GIFT-25'")).isEmpty();
    }
  }

  @Test
  void a_gateway_fee_is_its_own_line_on_an_expense_item_and_the_receipt_is_the_payout()
      throws Exception {
    try (OrdersWorld world =
        OrdersWorld.start(dir, Map.of("sync.gatewayFees", "stripe=2.9%+0.30"))) {
      QuickBooksClient qbo = world.books.client();
      ObjectNode account =
          qbo.json().createObjectNode().put("Name", "Merchant Fees").put("AccountType", "Expense");
      String expense =
          qbo.create("Account", account, UUID.randomUUID().toString()).path("Id").asText();
      long id = world.order("redwine:1");

      assertThat(world.cycle().errors()).isEmpty();

      JsonNode receipt = world.books.salesReceipt(id);
      JsonNode fees = qbo.query("select * from Item where Name = 'Merchant Fees'").get(0);
      assertThat(fees.at("/IncomeAccountRef/value").asText()).isEqualTo(expense);
      assertThat(itemAmounts(receipt, fees.path("Id").asText()))
          .containsExactly(new BigDecimal("-0.65"));
      assertThat(itemAmounts(receipt, id(qbo, "redwine"))).containsExactly(new BigDecimal("12.00"));
      assertThat(receipt.get("TotalAmt").decimalValue()).isEqualByComparingTo("11.35");
    }
  }

  private static List<BigDecimal> itemAmounts(JsonNode receipt, String itemId) {
    List<BigDecimal> out = new ArrayList<>();
    for (JsonNode line : receipt.path("Line")) {
      if (itemId.equals(line.at("/SalesItemLineDetail/ItemRef/value").asText())) {
        out.add(line.get("Amount").decimalValue());
      }
    }
    return out;
  }

  private static JsonNode groupLine(JsonNode receipt) {
    for (JsonNode line : receipt.path("Line")) {
      if ("GroupLineDetail".equals(line.path("DetailType").asText())) {
        return line;
      }
    }
    throw new AssertionError("no group line in " + receipt);
  }

  static String id(QuickBooksClient qbo, String name) {
    return qbo.query("select * from Item where Name = '" + name + "'").get(0).path("Id").asText();
  }

  static void group(QuickBooksClient qbo, String name, String... idThenQty) {
    ObjectNode body = qbo.json().createObjectNode().put("Name", name).put("Type", "Group");
    var lines = body.putObject("ItemGroupDetail").putArray("ItemGroupLine");
    for (int i = 0; i < idThenQty.length; i += 2) {
      ObjectNode line = lines.addObject();
      line.putObject("ItemRef").put("value", idThenQty[i]);
      line.put("Qty", new BigDecimal(idThenQty[i + 1]));
    }
    qbo.create("Item", body, UUID.randomUUID().toString());
  }

  private static String item(QuickBooksClient qbo, String name) {
    String income =
        qbo.query("select * from Account where Name = 'Sales of Product Income'")
            .get(0)
            .path("Id")
            .asText();
    ObjectNode body = qbo.json().createObjectNode().put("Name", name).put("Type", "NonInventory");
    body.putObject("IncomeAccountRef").put("value", income);
    return qbo.create("Item", body, UUID.randomUUID().toString()).path("Id").asText();
  }

  private static void deactivate(QuickBooksClient qbo, String id) {
    JsonNode item = qbo.read("Item", id);
    ObjectNode body =
        qbo.json()
            .createObjectNode()
            .put("Id", id)
            .put("SyncToken", item.path("SyncToken").asText())
            .put("sparse", true)
            .put("Active", false);
    qbo.update("Item", body, UUID.randomUUID().toString());
  }

  private static void product(OrdersWorld world, String sku, String price) {
    world.store.createProduct(
        WooRest.object()
            .put("name", sku)
            .put("sku", sku)
            .put("regular_price", price)
            .put("manage_stock", true)
            .put("stock_quantity", 50));
  }
}
