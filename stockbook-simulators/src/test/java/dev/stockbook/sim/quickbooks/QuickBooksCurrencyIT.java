package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QboHttp.Answer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuickBooksCurrencyIT {
  private QuickBooksSimulator sim;
  private QboHttp qbo;

  @AfterEach
  void stop() {
    sim.close();
  }

  private void start(boolean multiCurrency) {
    sim =
        QuickBooksSimulator.builder()
            .clock(SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z")))
            .company(CompanySettings.builder().multiCurrency(multiCurrency).build())
            .start();
    sim.options().disableLimits();
    sim.seedDemoCompany();
    qbo = new QboHttp(sim);
  }

  private String customer(String name) {
    return qbo.idOf("Customer", "DisplayName = '" + name + "'");
  }

  private Doc euroSale() {
    return Doc.sale()
        .customer(customer("Euro Web Store"))
        .ref("CurrencyRef", "EUR")
        .line(qbo.idOf("Item", "Name = 'redwine'"), "2", "10", "NON");
  }

  @Test
  void preferences_show_multicurrency_and_the_home_currency() {
    start(true);

    JsonNode prefs = qbo.get("preferences").json().at("/Preferences/CurrencyPrefs");

    assertThat(prefs.path("MultiCurrencyEnabled").asBoolean()).isTrue();
    assertThat(prefs.at("/HomeCurrency/value").asText()).isEqualTo("USD");
  }

  @Test
  void a_customer_gets_the_home_currency_by_default_and_its_currency_cannot_change() {
    start(true);
    JsonNode created =
        qbo.post("customer", "{\"DisplayName\":\"Home Buyer\"}").json().path("Customer");

    Answer change =
        qbo.post(
            "customer?operation=update",
            "{\"Id\":\""
                + created.path("Id").asText()
                + "\",\"SyncToken\":\"0\",\"sparse\":true,"
                + "\"CurrencyRef\":{\"value\":\"EUR\"}}");
    Answer rename =
        qbo.post(
            "customer?operation=update",
            "{\"Id\":\""
                + created.path("Id").asText()
                + "\",\"SyncToken\":\"0\",\"DisplayName\":\"Home Buyer 2\"}");

    assertThat(created.at("/CurrencyRef/value").asText()).isEqualTo("USD");
    assertThat(created.at("/CurrencyRef/name").asText()).isEqualTo("US Dollar");
    assertThat(change.status()).isEqualTo(400);
    assertThat(change.faultCode()).isEqualTo("6000");
    assertThat(change.json().at("/Fault/Error/0/Detail").asText()).contains("cannot be changed");
    assertThat(rename.json().at("/Customer/CurrencyRef/value").asText()).isEqualTo("USD");
  }

  @Test
  void a_document_in_another_currency_than_its_customer_is_refused() {
    start(true);

    Answer answer =
        qbo.post(
            "salesreceipt",
            Doc.sale()
                .customer(customer("Web Store"))
                .ref("CurrencyRef", "EUR")
                .line(qbo.idOf("Item", "Name = 'redwine'"), "1", "10", "NON")
                .json());

    assertThat(answer.faultCode()).isEqualTo("6000");
    assertThat(answer.json().at("/Fault/Error/0/Detail").asText()).contains("uses USD");
  }

  @Test
  void a_foreign_document_without_a_rate_takes_the_company_rate_of_its_date() {
    start(true);
    sim.seedExchangeRate("EUR", LocalDate.parse("2026-02-15"), new BigDecimal("1.05"));

    JsonNode dated =
        qbo.post("salesreceipt", euroSale().with("TxnDate", "2026-02-20").json())
            .json()
            .path("SalesReceipt");
    JsonNode today = qbo.post("salesreceipt", euroSale().json()).json().path("SalesReceipt");
    JsonNode sent =
        qbo.post("salesreceipt", euroSale().with("ExchangeRate", "1.2").json())
            .json()
            .path("SalesReceipt");

    assertThat(dated.path("ExchangeRate").decimalValue()).isEqualByComparingTo("1.05");
    assertThat(dated.path("HomeTotalAmt").decimalValue()).isEqualByComparingTo("21.00");
    assertThat(today.path("ExchangeRate").decimalValue()).isEqualByComparingTo("1.10");
    assertThat(sent.path("HomeTotalAmt").decimalValue()).isEqualByComparingTo("24.00");
    assertThat(sent.at("/CurrencyRef/value").asText()).isEqualTo("EUR");
  }

  @Test
  void a_home_currency_document_has_rate_one_whatever_is_sent() {
    start(true);

    JsonNode sale =
        qbo.post(
                "salesreceipt",
                Doc.sale()
                    .customer(customer("Web Store"))
                    .with("ExchangeRate", "3")
                    .line(qbo.idOf("Item", "Name = 'redwine'"), "1", "10", "NON")
                    .json())
            .json()
            .path("SalesReceipt");

    assertThat(sale.at("/CurrencyRef/value").asText()).isEqualTo("USD");
    assertThat(sale.path("ExchangeRate").decimalValue()).isEqualByComparingTo("1");
    assertThat(sale.path("HomeTotalAmt").decimalValue()).isEqualByComparingTo("10.00");
  }

  @Test
  void a_deposit_account_in_a_third_currency_is_refused() {
    start(true);
    String gbpBank =
        qbo.post(
                "account",
                "{\"Name\":\"GBP Bank\",\"AccountType\":\"Bank\",\"CurrencyRef\":{\"value\":\"GBP\"}}")
            .json()
            .at("/Account/Id")
            .asText();

    Answer answer = qbo.post("salesreceipt", euroSale().ref("DepositToAccountRef", gbpBank).json());

    assertThat(answer.faultCode()).isEqualTo("6000");
    assertThat(answer.json().at("/Fault/Error/0/Detail").asText())
        .contains("You can only use one foreign currency per transaction");
  }

  @Test
  void a_single_currency_company_refuses_a_foreign_currency() {
    start(false);

    Answer customer =
        qbo.post("customer", "{\"DisplayName\":\"Euro\",\"CurrencyRef\":{\"value\":\"EUR\"}}");
    JsonNode home =
        qbo.post(
                "salesreceipt",
                Doc.sale().line(qbo.idOf("Item", "Name = 'redwine'"), "1", "10", "NON").json())
            .json()
            .path("SalesReceipt");

    assertThat(customer.faultCode()).isEqualTo("6000");
    assertThat(home.has("CurrencyRef")).isFalse();
    assertThat(home.has("HomeTotalAmt")).isFalse();
  }

  @Test
  void the_exchange_rate_endpoint_answers_the_rate_in_force() {
    start(true);

    JsonNode rate = qbo.get("exchangerate?sourcecurrencycode=EUR&asofdate=2026-03-02").json();
    JsonNode none = qbo.get("exchangerate?sourcecurrencycode=JPY").json();

    assertThat(rate.at("/ExchangeRate/Rate").decimalValue()).isEqualByComparingTo("1.10");
    assertThat(rate.at("/ExchangeRate/TargetCurrencyCode").asText()).isEqualTo("USD");
    assertThat(none.has("ExchangeRate")).isFalse();
  }

  @Test
  void an_unknown_currency_code_is_an_invalid_reference() {
    start(true);

    Answer answer =
        qbo.post("customer", "{\"DisplayName\":\"Odd\",\"CurrencyRef\":{\"value\":\"XYZ1\"}}");

    assertThat(answer.faultCode()).isEqualTo("2500");
  }
}
