package dev.stockbook.core.engine;

import static dev.stockbook.core.engine.OrderBuilder.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;
import dev.stockbook.core.engine.documents.Bookkeeping;
import dev.stockbook.core.engine.documents.DocumentBuilder;
import dev.stockbook.core.engine.documents.TaxMapping;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tax codes per line (sync.salesTax=tax-codes), the US model untouched. */
class SalesTaxMappingTest {
  static final TaxMapping CANADA =
      new TaxMapping(
          true,
          Map.of(
              "CA-ON-HST-1", "HST ON",
              "GST+PST BC", "GST/PST BC",
              "none", "Zero-rated"));

  static DocumentBuilder.Context context(TaxMapping tax) {
    return new DocumentBuilder.Context(
        DocumentKind.SALES_RECEIPT,
        "key-1",
        "WEB-1",
        "C1",
        "note",
        Map.of("A", "1", "B", "2"),
        "FEE",
        "Undeposited Funds",
        "USD",
        Bookkeeping.defaults().withTax(tax));
  }

  private static List<String> codes(BooksDocument doc) {
    return doc.lines().stream()
        .filter(l -> l.kind() != DocumentLine.Kind.DISCOUNT)
        .map(DocumentLine::taxCode)
        .toList();
  }

  @Test
  void every_item_and_shipping_line_carries_the_code_its_store_rates_map_to() {
    StoreOrder o =
        order("1")
            .taxedLine("A", "2", "20.00", "2.60", "CA-ON-HST-1")
            .taxedLine("B", "1", "10.00", "1.20", "GST", "PST BC")
            .line("A", "1", "5.00")
            .taxedShipping("Post", "8.00", "1.04", "CA-ON-HST-1")
            .build();

    DocumentBuilder.Result result = DocumentBuilder.sale(o, context(CANADA));

    assertThat(result.problem()).isNull();
    BooksDocument doc = result.document();
    assertThat(codes(doc)).containsExactly("HST ON", "GST/PST BC", "Zero-rated", "HST ON");
    assertThat(doc.linesCarryTaxCodes()).isTrue();
    assertThat(doc.totalTax()).isEqualByComparingTo("4.84");
    assertThat(doc.total()).isEqualByComparingTo(o.total()).isEqualByComparingTo("47.84");
  }

  @Test
  void an_unmapped_rate_parks_the_order_naming_the_order_the_rate_and_the_setting() {
    StoreOrder o = order("77").taxedLine("A", "1", "10.00", "2.00", "GB-VAT-20").build();

    DocumentBuilder.Result result = DocumentBuilder.sale(o, context(CANADA));

    assertThat(result.document()).isNull();
    assertThat(result.problem())
        .contains("Order #77")
        .contains("\"GB-VAT-20\"")
        .contains("sync.taxCodes");
  }

  @Test
  void a_fallback_code_takes_any_rate_not_listed() {
    TaxMapping withFallback =
        new TaxMapping(true, Map.of("none", "Exempt", "*", "20.0% S", "GB-VAT-5", "5.0% R"));
    StoreOrder o =
        order("1")
            .taxedLine("A", "1", "10.00", "2.00", "GB-VAT-20")
            .taxedLine("B", "1", "10.00", "0.50", "GB-VAT-5")
            .build();

    assertThat(codes(DocumentBuilder.sale(o, context(withFallback)).document()))
        .containsExactly("20.0% S", "5.0% R");
  }

  @Test
  void untaxed_lines_without_a_none_code_park_the_order() {
    TaxMapping noUntaxed = new TaxMapping(true, Map.of("*", "GST"));

    DocumentBuilder.Result result =
        DocumentBuilder.sale(order("5").line("A", "1", "10.00").build(), context(noUntaxed));

    assertThat(result.problem()).contains("Order #5").contains("none=").contains("sync.taxCodes");
  }

  @Test
  void the_us_model_leaves_lines_without_a_code_of_their_own() {
    StoreOrder o = order("1").taxedLine("A", "1", "10.00", "0.83", "US-CA-TAX-1").build();

    BooksDocument doc = DocumentBuilder.sale(o, context(TaxMapping.us())).document();

    assertThat(codes(doc)).containsOnlyNulls();
    assertThat(doc.linesCarryTaxCodes()).isFalse();
    assertThat(doc.lines().get(0).taxable()).isTrue();
  }

  @Test
  void a_refund_carries_the_code_of_the_line_it_refunds_and_the_remainder_the_untaxed_one() {
    StoreRefund refund =
        new StoreRefund(
            "R1",
            Instant.parse("2025-03-02T09:00:00Z"),
            new BigDecimal("16.30"),
            "",
            List.of(
                new StoreRefund.RefundLine(
                    "L1",
                    "A",
                    BigDecimal.ONE,
                    new BigDecimal("10.00"),
                    new BigDecimal("1.30"),
                    BigDecimal.ONE)));
    StoreOrder o = order("1").taxedLine("A", "2", "20.00", "2.60", "CA-ON-HST-1").build();

    DocumentBuilder.Result result =
        DocumentBuilder.refund(o, refund, context(CANADA), () -> "REFUND");

    assertThat(result.problem()).isNull();
    assertThat(codes(result.document())).containsExactly("HST ON", "Zero-rated");
    assertThat(result.document().total()).isEqualByComparingTo("16.30");
  }
}
