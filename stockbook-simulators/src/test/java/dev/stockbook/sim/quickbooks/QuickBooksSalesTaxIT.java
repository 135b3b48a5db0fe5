package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QboHttp.Answer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuickBooksSalesTaxIT {
  private QuickBooksSimulator sim;
  private QboHttp qbo;

  @AfterEach
  void stop() {
    sim.close();
  }

  private void start(CompanySettings company) {
    sim =
        QuickBooksSimulator.builder()
            .clock(SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z")))
            .company(company)
            .start();
    sim.options().disableLimits();
    sim.seedDemoCompany();
    qbo = new QboHttp(sim);
  }

  private void canada() {
    start(CompanySettings.builder().country("CA").build());
  }

  private String item(String name) {
    return qbo.idOf("Item", "Name = '" + name + "'");
  }

  private String code(String name) {
    return qbo.idOf("TaxCode", "Name = '" + name + "'");
  }

  private JsonNode receipt(Doc doc) {
    Answer answer = qbo.post("salesreceipt", doc.json());
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    return answer.json().path("SalesReceipt");
  }

  @Test
  void a_canadian_company_refuses_a_line_without_a_tax_code_with_6000() {
    canada();

    Answer answer =
        qbo.post("salesreceipt", Doc.sale().line(item("redwine"), "1", "12", null).json());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.faultCode()).isEqualTo("6000");
    assertThat(answer.json().at("/Fault/Error/0/Detail").asText())
        .contains("Make sure all your transactions have a GST/HST rate before you save.");
  }

  @Test
  void a_uk_company_asks_for_a_vat_rate_and_refuses_the_us_pseudo_codes() {
    start(CompanySettings.builder().country("GB").build());

    Answer none =
        qbo.post("salesreceipt", Doc.sale().line(item("redwine"), "1", "12", null).json());
    Answer pseudo =
        qbo.post("salesreceipt", Doc.sale().line(item("redwine"), "1", "12", "TAX").json());

    assertThat(none.json().at("/Fault/Error/0/Detail").asText()).contains("have a VAT rate");
    assertThat(pseudo.faultCode()).isEqualTo("6100");
  }

  @Test
  void tax_excluded_adds_the_rate_to_the_lines_to_the_cent() {
    canada();
    String hst = code("HST ON");

    JsonNode sale =
        receipt(
            Doc.sale()
                .line(item("redwine"), "3", "10.99", hst)
                .line(item("whitewine"), "1", "19.99", hst));

    assertThat(sale.path("GlobalTaxCalculation").asText()).isEqualTo("TaxExcluded");
    JsonNode taxLine = sale.at("/TxnTaxDetail/TaxLine/0");
    assertThat(taxLine.path("Amount").decimalValue()).isEqualByComparingTo("6.88");
    assertThat(taxLine.at("/TaxLineDetail/NetAmountTaxable").decimalValue())
        .isEqualByComparingTo("52.96");
    assertThat(taxLine.at("/TaxLineDetail/TaxPercent").decimalValue()).isEqualByComparingTo("13");
    assertThat(taxLine.at("/TaxLineDetail/PercentBased").asBoolean()).isTrue();
    assertThat(taxLine.at("/TaxLineDetail/TaxRateRef/name").asText()).isEqualTo("HST ON");
    assertThat(sale.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("6.88");
    assertThat(sale.path("TotalAmt").decimalValue()).isEqualByComparingTo("59.84");
  }

  @Test
  void tax_inclusive_takes_the_tax_out_of_the_lines_and_the_total_stays_the_gross() {
    canada();
    String hst = code("HST ON");

    JsonNode sale =
        receipt(
            Doc.sale()
                .with("GlobalTaxCalculation", "TaxInclusive")
                .line(item("redwine"), "1", "9.99", hst)
                .line(item("whitewine"), "1", "24.95", hst));

    assertThat(sale.at("/Line/0/Amount").decimalValue()).isEqualByComparingTo("8.84");
    assertThat(sale.at("/Line/0/SalesItemLineDetail/TaxInclusiveAmt").decimalValue())
        .isEqualByComparingTo("9.99");
    assertThat(sale.at("/Line/1/Amount").decimalValue()).isEqualByComparingTo("22.08");
    assertThat(sale.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("4.02");
    assertThat(sale.at("/TxnTaxDetail/TaxLine/0/TaxLineDetail/NetAmountTaxable").decimalValue())
        .isEqualByComparingTo("30.92");
    assertThat(sale.path("TotalAmt").decimalValue()).isEqualByComparingTo("34.94");
  }

  @Test
  void a_tax_inclusive_receipt_sent_back_as_returned_keeps_its_amounts() {
    canada();
    JsonNode sale =
        receipt(
            Doc.sale()
                .with("GlobalTaxCalculation", "TaxInclusive")
                .line(item("redwine"), "2", "11.30", code("HST ON")));

    Answer again = qbo.post("salesreceipt?operation=update", sale.toString());

    assertThat(again.status()).as(again.raw()).isEqualTo(200);
    assertThat(again.json().at("/SalesReceipt/Line/0/Amount").decimalValue())
        .isEqualByComparingTo("20.00");
    assertThat(again.json().at("/SalesReceipt/TotalAmt").decimalValue())
        .isEqualByComparingTo("22.60");
  }

  @Test
  void a_code_with_two_rates_gives_one_tax_line_per_rate() {
    canada();

    JsonNode sale = receipt(Doc.sale().line(item("redwine"), "1", "100", code("GST/PST BC")));

    assertThat(sale.at("/TxnTaxDetail/TaxLine")).hasSize(2);
    assertThat(sale.at("/TxnTaxDetail/TaxLine/0/Amount").decimalValue())
        .isEqualByComparingTo("5.00");
    assertThat(sale.at("/TxnTaxDetail/TaxLine/1/Amount").decimalValue())
        .isEqualByComparingTo("7.00");
    assertThat(sale.path("TotalAmt").decimalValue()).isEqualByComparingTo("112.00");
  }

  @Test
  void not_applicable_needs_no_tax_code_and_charges_no_tax() {
    canada();

    JsonNode sale =
        receipt(
            Doc.sale()
                .with("GlobalTaxCalculation", "NotApplicable")
                .line(item("redwine"), "1", "12", null));

    assertThat(sale.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("0");
    assertThat(sale.path("TotalAmt").decimalValue()).isEqualByComparingTo("12");
  }

  @Test
  void an_unknown_global_tax_calculation_is_an_invalid_enumeration() {
    canada();

    Answer answer =
        qbo.post(
            "salesreceipt",
            Doc.sale()
                .with("GlobalTaxCalculation", "Sometimes")
                .line(item("redwine"), "1", "12", code("HST ON"))
                .json());

    assertThat(answer.faultCode()).isEqualTo("2170");
  }

  @Test
  void tax_codes_and_rates_are_queried_and_read_but_rates_are_not_written() {
    canada();

    JsonNode code =
        qbo.query("select * from TaxCode where Name = 'HST ON'")
            .json()
            .at("/QueryResponse/TaxCode/0");
    String rateId = code.at("/SalesTaxRateList/TaxRateDetail/0/TaxRateRef/value").asText();
    Answer rate = qbo.get("taxrate/" + rateId);
    Answer write = qbo.post("taxrate", "{\"Name\":\"Mine\",\"RateValue\":3}");

    assertThat(code.path("TaxGroup").asBoolean()).isTrue();
    assertThat(rate.json().at("/TaxRate/RateValue").decimalValue()).isEqualByComparingTo("13");
    assertThat(
            qbo.query("select count(*) from TaxRate")
                .json()
                .at("/QueryResponse/totalCount")
                .asInt())
        .isEqualTo(6);
    assertThat(write.faultCode()).isEqualTo("500");
    assertThat(write.json().at("/Fault/Error/0/Detail").asText())
        .isEqualTo("Operation CREATE TAXRATE is not supported.");
  }

  @Test
  void us_automated_sales_tax_calculates_the_tax_and_replaces_the_code_sent() {
    start(CompanySettings.builder().automatedSalesTax(true).build());

    JsonNode sale =
        receipt(
            Doc.sale()
                .line(item("redwine"), "2", "12.50", "TAX")
                .line(item("giftwrap"), "1", "3", "NON")
                .txnTaxCode("1"));

    assertThat(sale.at("/TxnTaxDetail/TxnTaxCodeRef/name").asText()).isEqualTo("California");
    assertThat(sale.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("2.00");
    assertThat(sale.at("/TxnTaxDetail/TaxLine/0/TaxLineDetail/NetAmountTaxable").decimalValue())
        .isEqualByComparingTo("25.00");
    assertThat(sale.path("TotalAmt").decimalValue()).isEqualByComparingTo("30.00");
    assertThat(
            qbo.get("preferences").json().at("/Preferences/TaxPrefs/PartnerTaxEnabled").asBoolean())
        .isTrue();
  }

  @Test
  void us_automated_sales_tax_honours_a_total_tax_sent_explicitly() {
    start(CompanySettings.builder().automatedSalesTax(true).build());

    JsonNode sale = receipt(Doc.sale().line(item("redwine"), "2", "12.50", "TAX").totalTax("1.87"));

    assertThat(sale.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("1.87");
    assertThat(sale.at("/TxnTaxDetail/TaxLine/0/Amount").decimalValue())
        .isEqualByComparingTo("1.87");
    assertThat(sale.path("TotalAmt").decimalValue()).isEqualByComparingTo("26.87");
  }

  @Test
  void the_default_us_company_keeps_the_tax_it_is_sent_and_has_no_partner_tax_flag() {
    start(CompanySettings.us());

    JsonNode sale =
        receipt(
            Doc.sale()
                .with("GlobalTaxCalculation", "TaxExcluded")
                .line(item("redwine"), "1", "12", "TAX")
                .totalTax("0.99"));

    assertThat(sale.has("GlobalTaxCalculation")).isFalse();
    assertThat(sale.path("TotalAmt").decimalValue()).isEqualByComparingTo("12.99");
    assertThat(qbo.get("preferences").json().at("/Preferences/TaxPrefs").has("PartnerTaxEnabled"))
        .isFalse();
    assertThat(qbo.get("companyinfo/" + sim.realmId()).json().at("/CompanyInfo/Country").asText())
        .isEqualTo("US");
  }

  @Test
  void a_manual_us_tax_code_on_the_transaction_is_computed_over_the_taxable_lines() {
    start(CompanySettings.us());
    String code =
        sim.seedTaxCode("Tucson", java.util.Map.of("Tucson City", new java.math.BigDecimal("2")));

    JsonNode sale =
        receipt(
            Doc.sale()
                .line(item("redwine"), "1", "12.45", "TAX")
                .line(item("giftwrap"), "1", "3", "NON")
                .txnTaxCode(code));

    assertThat(sale.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("0.25");
    assertThat(sale.path("TotalAmt").decimalValue()).isEqualByComparingTo("15.70");
  }
}
