package dev.stockbook.quickbooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {
  private final ObjectMapper json = Json.mapper();
  private final DocumentJson builder = new DocumentJson(json);

  static BooksDocument receipt(DocumentKind kind) {
    return new BooksDocument(
        kind,
        "pk-1001",
        "WC-1001",
        LocalDate.of(2024, 1, 2),
        "58",
        "woo order 1001 key pk-1001",
        List.of(
            DocumentLine.item("7", "Blue mug", new BigDecimal("3"), new BigDecimal("19.99"), true),
            DocumentLine.shipping("Flat rate", new BigDecimal("5.00"), false),
            DocumentLine.discount("Coupon SPRING", new BigDecimal("2.50"))),
        new BigDecimal("4.80"),
        new BigDecimal("67.27"),
        "Undeposited Funds",
        "Visa",
        false);
  }

  @Test
  void a_sales_receipt_has_item_shipping_and_discount_lines_as_quickbooks_documents_them()
      throws IOException {
    ObjectNode body = builder.toJson(receipt(DocumentKind.SALES_RECEIPT), "35", "4");
    Comparator<JsonNode> numbersByValue =
        (a, b) ->
            a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue())
                : a.equals(b) ? 0 : 1;
    assertThat(body.equals(numbersByValue, fixture("sales-receipt-request.json")))
        .as("%s", body)
        .isTrue();
  }

  @Test
  void amounts_are_written_exactly_without_floating_point_noise() throws IOException {
    String text =
        json.writeValueAsString(builder.toJson(receipt(DocumentKind.SALES_RECEIPT), "35", "4"));
    assertThat(text)
        .contains(
            "\"Amount\":59.97", "\"UnitPrice\":19.99", "\"Amount\":5.00", "\"TotalTax\":4.80");
  }

  @Test
  void an_invoice_carries_neither_deposit_account_nor_payment_method() {
    ObjectNode body = builder.toJson(receipt(DocumentKind.INVOICE), "35", "4");
    assertThat(body.has("DepositToAccountRef")).isFalse();
    assertThat(body.has("PaymentMethodRef")).isFalse();
  }

  @Test
  void unresolved_optional_references_are_left_out() {
    ObjectNode body = builder.toJson(receipt(DocumentKind.REFUND_RECEIPT), null, null);
    assertThat(body.has("DepositToAccountRef")).isFalse();
    assertThat(body.has("PaymentMethodRef")).isFalse();
  }

  private JsonNode fixture(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
      return json.readTree(in);
    }
  }
}
