package dev.stockbook.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.sim.woocommerce.OrderOptions;
import dev.stockbook.sim.woocommerce.Shopper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code stockbook demo --books}: the books a bookkeeper signs off (docs/accounting.md), played on
 * a Canadian company that takes US dollars ({@link DemoWorld#startBooks}); every number is read
 * back over HTTP from QuickBooks and the store, and the first wrong one stops the story.
 */
public final class BooksStory {
  private final DemoWorld world;
  private final Bookkeeper books;
  private final PrintWriter out;
  private int step;

  public BooksStory(DemoWorld world, PrintWriter out) {
    this.world = world;
    this.books = world.bookkeeper();
    this.out = out;
  }

  /** Plays every step; throws {@link DemoStory.StepFailed} at the first wrong number. */
  public void play() {
    books.createAccount("Merchant Fees", "Expense");
    books.createAccount("Gift Card Liability", "Other Current Liability");
    taxesCurrencyClassAndFee();
    bundle();
    giftCards();
    unknownCurrency();
    out.println();
    out.println("The books story played out: every number above was read back over HTTP.");
    out.flush();
  }

  private void taxesCurrencyClassAndFee() {
    begin(
        "A Canadian company (HST 13%) takes a US-dollar order of 2 redwine with 7.50 shipping,"
            + " paid by card (Stripe keeps 2.9% + 0.30).");
    world.woocommerce().setTaxRate("13");
    long id =
        world
            .woocommerce()
            .shopper()
            .placeOrder(
                List.of(new Shopper.Line("redwine", 2)),
                OrderOptions.defaults().withShipping("7.50"));
    cycle();
    JsonNode order = world.woocommerce().order(id);
    JsonNode receipt = books.salesReceipt("WEB-" + order.path("number").asText());
    BigDecimal total = new BigDecimal(order.path("total").asText());
    BigDecimal fee =
        total
            .multiply(new BigDecimal("0.029"))
            .add(new BigDecimal("0.30"))
            .setScale(2, RoundingMode.HALF_UP);
    say("store: total " + total + ", tax " + order.path("total_tax").asText() + " (USD)");
    say(
        "QuickBooks: TotalTax "
            + receipt.at("/TxnTaxDetail/TotalTax").decimalValue()
            + ", TotalAmt "
            + receipt.get("TotalAmt").decimalValue()
            + " "
            + receipt.at("/CurrencyRef/value").asText()
            + " at "
            + receipt.get("ExchangeRate").decimalValue()
            + " = "
            + receipt.get("HomeTotalAmt").decimalValue()
            + " CAD, customer "
            + books.customerName(receipt.at("/CustomerRef/value").asText())
            + ", class "
            + receipt.at("/ClassRef/name").asText());
    for (JsonNode line : receipt.path("Line")) {
      JsonNode d = line.path("SalesItemLineDetail");
      if (!d.isMissingNode()) {
        say(
            String.format(
                "  line %-28s %8s  tax code %s",
                line.path("Description").asText(),
                line.get("Amount").decimalValue(),
                books.taxCodeName(d.at("/TaxCodeRef/value").asText())));
      }
    }
    same(
        "QuickBooks TotalTax",
        receipt.at("/TxnTaxDetail/TotalTax").decimalValue(),
        new BigDecimal(order.path("total_tax").asText()));
    same(
        "QuickBooks TotalAmt (the store total less the gateway fee)",
        receipt.get("TotalAmt").decimalValue(),
        total.subtract(fee));
    same("exchange rate", receipt.get("ExchangeRate").decimalValue(), new BigDecimal("1.36"));
    text("class", receipt.at("/ClassRef/name").asText(), "Retail");
  }

  private void bundle() {
    begin(
        "QuickBooks sells a Wine Duo bundle (1 redwine + 2 whitewine); the store sells WINE-DUO at 29.99.");
    world.woocommerce().setTaxRate("0");
    books.createBundle("WINE-DUO", "redwine", 1, "whitewine", 2);
    product("WINE-DUO", "29.99");
    BigDecimal red = books.onHand("redwine");
    BigDecimal white = books.onHand("whitewine");
    long id = world.woocommerce().shopper().placeOrder(List.of(new Shopper.Line("WINE-DUO", 1)));
    cycle();
    JsonNode receipt =
        books.salesReceipt("WEB-" + world.woocommerce().order(id).path("number").asText());
    JsonNode group = receipt.path("Line").get(0);
    say(
        "QuickBooks line "
            + group.path("DetailType").asText()
            + " "
            + group.at("/GroupLineDetail/GroupItemRef/name").asText()
            + " "
            + group.get("Amount").decimalValue());
    say(
        "QuickBooks redwine on hand "
            + red
            + " -> "
            + books.onHand("redwine")
            + ", whitewine "
            + white
            + " -> "
            + books.onHand("whitewine"));
    same("bundle line", group.get("Amount").decimalValue(), new BigDecimal("29.99"));
    same("redwine on hand", books.onHand("redwine"), red.subtract(BigDecimal.ONE));
    same("whitewine on hand", books.onHand("whitewine"), white.subtract(new BigDecimal("2")));
  }

  private void giftCards() {
    begin(
        "The store sells a 25.00 gift card, then a customer pays 25.00 of a 3-redwine order with one.");
    product("GIFT-25", "25.00");
    long sold = world.woocommerce().shopper().placeOrder(List.of(new Shopper.Line("GIFT-25", 1)));
    long redeemed =
        world
            .woocommerce()
            .shopper()
            .placeOrder(
                List.of(new Shopper.Line("redwine", 3)),
                OrderOptions.defaults().withFee("Gift card GC-1001", "-25.00"));
    cycle();
    JsonNode card = books.itemNamed("Gift Card");
    String cardId = card.path("Id").asText();
    BigDecimal sale = amountOn(receiptOf(sold), cardId);
    BigDecimal redemption = amountOn(receiptOf(redeemed), cardId);
    say(
        "QuickBooks item Gift Card, income account "
            + card.at("/IncomeAccountRef/value").asText()
            + " (Gift Card Liability)");
    say(
        "the sale puts "
            + sale
            + " on it, the redemption "
            + redemption
            + "; redwine stays 36.00 of revenue");
    same("gift card sale", sale, new BigDecimal("25.00"));
    same("gift card redemption", redemption, new BigDecimal("-25.00"));
    text(
        "discount lines on the redeemed order",
        String.valueOf(receiptOf(redeemed).toString().contains("DiscountLineDetail")),
        "false");
  }

  private void unknownCurrency() {
    begin("An order in euros, a currency the connection does not post (sync.currencies is USD).");
    String body =
        "{\"currency\":\"EUR\",\"set_paid\":true,\"payment_method\":\"stripe\",\"line_items\":[{\"product_id\":"
            + world.woocommerce().product("redwine").path("id").asLong()
            + ",\"quantity\":1}]}";
    long id = world.storePost("/wp-json/wc/v3/orders", body).body().transform(BooksStory::idOf);
    cycle();
    TrackedOrder order =
        world
            .wiring()
            .state()
            .orders()
            .find(DemoWorld.CONNECTION, String.valueOf(id))
            .orElseThrow();
    say("Stockbook: " + order.state() + ": " + order.reason());
    text("order state", order.state().name(), OrderState.PARKED.name());
    text("the setting named", String.valueOf(order.reason().contains("sync.currencies")), "true");
  }

  private static long idOf(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("id").asLong();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the store's answer is not JSON: " + json, e);
    }
  }

  private JsonNode receiptOf(long orderId) {
    return books.salesReceipt("WEB-" + world.woocommerce().order(orderId).path("number").asText());
  }

  private static BigDecimal amountOn(JsonNode receipt, String itemId) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode line : receipt.path("Line")) {
      if (itemId.equals(line.at("/SalesItemLineDetail/ItemRef/value").asText())) {
        sum = sum.add(line.get("Amount").decimalValue());
      }
    }
    return sum;
  }

  private void product(String sku, String price) {
    world.storePost(
        "/wp-json/wc/v3/products",
        "{\"name\":\""
            + sku
            + "\",\"sku\":\""
            + sku
            + "\",\"regular_price\":\""
            + price
            + "\",\"manage_stock\":true,\"stock_quantity\":10}");
  }

  private void begin(String what) {
    step++;
    out.println();
    out.println("Books step " + step + ". " + what);
  }

  private void say(String what) {
    out.println("  " + what);
  }

  private void cycle() {
    CycleReport report = world.engine().runCycle(false);
    say("Stockbook cycle: " + report.summary());
    if (!report.errors().isEmpty()) {
      throw new DemoStory.StepFailed(
          "books step "
              + step
              + ": the cycle reported problems: "
              + String.join("; ", report.errors()));
    }
  }

  private void same(String what, BigDecimal actual, BigDecimal expected) {
    if (actual == null || actual.compareTo(expected) != 0) {
      throw new DemoStory.StepFailed(
          "books step " + step + ": " + what + " is " + actual + ", the story says " + expected);
    }
  }

  private void text(String what, String actual, String expected) {
    if (!expected.equals(actual)) {
      throw new DemoStory.StepFailed(
          "books step " + step + ": " + what + " is " + actual + ", the story says " + expected);
    }
  }
}
