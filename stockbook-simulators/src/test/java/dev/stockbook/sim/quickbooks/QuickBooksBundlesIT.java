package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QboHttp.Answer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuickBooksBundlesIT {
  private QuickBooksSimulator sim;
  private QboHttp qbo;

  @BeforeEach
  void start() {
    sim =
        QuickBooksSimulator.builder()
            .clock(SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z")))
            .start();
    sim.options().disableLimits();
    sim.seedDemoCompany();
    qbo = new QboHttp(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private String item(String name) {
    return qbo.idOf("Item", "Name = '" + name + "'");
  }

  private String qty(String name) {
    return qbo.get("item/" + item(name))
        .json()
        .at("/Item/QtyOnHand")
        .decimalValue()
        .stripTrailingZeros()
        .toPlainString();
  }

  /** A wine duo: one red, two white. */
  private JsonNode duo() {
    String body =
        "{\"Name\":\"Wine Duo\",\"Type\":\"Group\",\"QtyOnHand\":9,\"ItemGroupDetail\":{\"ItemGroupLine\":["
            + "{\"ItemRef\":{\"value\":\""
            + item("redwine")
            + "\"},\"Qty\":1},"
            + "{\"ItemRef\":{\"value\":\""
            + item("whitewine")
            + "\"},\"Qty\":2}]}}";
    Answer created = qbo.post("item", body);
    assertThat(created.status()).as(created.raw()).isEqualTo(200);
    return created.json().path("Item");
  }

  @Test
  void a_group_item_lists_its_components_and_has_no_stock_of_its_own() {
    JsonNode duo = duo();

    assertThat(duo.path("Type").asText()).isEqualTo("Group");
    assertThat(duo.has("QtyOnHand")).isFalse();
    assertThat(duo.at("/ItemGroupDetail/ItemGroupLine/1/ItemRef/name").asText())
        .isEqualTo("whitewine");
    assertThat(qbo.post("item", "{\"Name\":\"Empty\",\"Type\":\"Group\"}").faultCode())
        .isEqualTo("2020");
  }

  @Test
  void selling_a_group_expands_it_and_lowers_its_components_stock_until_voided() {
    JsonNode duo = duo();

    JsonNode sale =
        qbo.post("salesreceipt", Doc.sale().group(duo.path("Id").asText(), "2").json())
            .json()
            .path("SalesReceipt");

    JsonNode group = sale.at("/Line/0");
    assertThat(group.path("DetailType").asText()).isEqualTo("GroupLineDetail");
    assertThat(group.at("/GroupLineDetail/Line")).hasSize(2);
    assertThat(group.at("/GroupLineDetail/Line/1/SalesItemLineDetail/Qty").decimalValue())
        .isEqualByComparingTo("4");
    assertThat(group.path("Amount").decimalValue()).isEqualByComparingTo("64.00");
    assertThat(sale.path("TotalAmt").decimalValue()).isEqualByComparingTo("64.00");
    assertThat(qty("redwine")).isEqualTo("18");
    assertThat(qty("whitewine")).isEqualTo("31");

    qbo.post(
        "salesreceipt?operation=void",
        "{\"Id\":\"" + sale.path("Id").asText() + "\",\"SyncToken\":\"0\"}");
    assertThat(qty("redwine")).isEqualTo("20");
    assertThat(qty("whitewine")).isEqualTo("35");
  }

  @Test
  void components_sent_with_their_own_prices_keep_them() {
    JsonNode duo = duo();
    String body =
        "{\"Line\":[{\"DetailType\":\"GroupLineDetail\",\"GroupLineDetail\":{\"GroupItemRef\":{\"value\":\""
            + duo.path("Id").asText()
            + "\"},\"Quantity\":1,\"Line\":["
            + "{\"Amount\":9.00,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\""
            + item("redwine")
            + "\"},\"Qty\":1,\"UnitPrice\":9}},"
            + "{\"Amount\":16.00,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\""
            + item("whitewine")
            + "\"},\"Qty\":2,\"UnitPrice\":8}}]}}]}";

    JsonNode sale = qbo.post("salesreceipt", body).json().path("SalesReceipt");

    assertThat(sale.path("TotalAmt").decimalValue()).isEqualByComparingTo("25.00");
    assertThat(qty("whitewine")).isEqualTo("33");
  }

  @Test
  void a_group_item_on_a_plain_item_line_is_refused() {
    JsonNode duo = duo();

    Answer answer =
        qbo.post("salesreceipt", Doc.sale().line(duo.path("Id").asText(), "1", "30", "NON").json());

    assertThat(answer.faultCode()).isEqualTo("6000");
  }

  @Test
  void a_gift_card_sells_to_a_liability_account_and_is_redeemed_by_a_negative_line() {
    String liability =
        qbo.post(
                "account",
                "{\"Name\":\"Gift Card Liability\",\"AccountType\":\"Other Current Liability\"}")
            .json()
            .at("/Account/Id")
            .asText();
    String card =
        qbo.post(
                "item",
                "{\"Name\":\"Gift Card\",\"Type\":\"Service\",\"IncomeAccountRef\":{\"value\":\""
                    + liability
                    + "\"}}")
            .json()
            .at("/Item/Id")
            .asText();

    JsonNode sold =
        qbo.post("salesreceipt", Doc.sale().line(card, "1", "50", "NON").json())
            .json()
            .path("SalesReceipt");
    JsonNode redeemed =
        qbo.post(
                "salesreceipt",
                Doc.sale()
                    .line(item("redwine"), "5", "12", "NON")
                    .line(card, "1", "-50", "NON")
                    .json())
            .json()
            .path("SalesReceipt");

    assertThat(sold.path("TotalAmt").decimalValue()).isEqualByComparingTo("50");
    assertThat(redeemed.path("TotalAmt").decimalValue()).isEqualByComparingTo("10");
    assertThat(qty("redwine")).isEqualTo("15");
  }

  @Test
  void a_taxable_receipt_takes_750_lines_and_not_one_more() {
    String red = item("redwine");
    Doc ok = Doc.sale();
    Doc tooMany = Doc.sale();
    for (int i = 0; i < 750; i++) {
      ok.line(red, "1", "0.01", "TAX");
      tooMany.line(red, "1", "0.01", "TAX");
    }
    tooMany.line(red, "1", "0.01", "TAX");
    Doc untaxed = Doc.sale();
    for (int i = 0; i < 800; i++) {
      untaxed.line(red, "0", "0.01", "NON");
    }

    Answer accepted = qbo.post("salesreceipt", ok.json());
    Answer refused = qbo.post("salesreceipt", tooMany.json());

    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().at("/SalesReceipt/TotalAmt").decimalValue())
        .isEqualByComparingTo("7.50");
    assertThat(refused.faultCode()).isEqualTo("6000");
    assertThat(qbo.post("salesreceipt", untaxed.json()).status()).isEqualTo(200);
  }
}
