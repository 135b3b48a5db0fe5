package dev.stockbook.core.engine;

import static dev.stockbook.core.engine.OrderBuilder.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;
import dev.stockbook.core.engine.documents.DocumentBuilder;
import dev.stockbook.store.StoreOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentBuilderTest {
  private static final Map<String, String> ITEMS = Map.of("A", "1", "B", "2", "V-RED-M", "3");

  static DocumentBuilder.Context context(String feeItem) {
    return new DocumentBuilder.Context(
        DocumentKind.SALES_RECEIPT,
        "key-1",
        "WEB-1",
        "C1",
        "note",
        ITEMS,
        feeItem,
        "Undeposited Funds",
        "USD",
        null);
  }

  static BooksDocument build(StoreOrder order) {
    DocumentBuilder.Result result = DocumentBuilder.sale(order, context("FEE"));
    assertThat(result.problem()).isNull();
    return result.document();
  }

  static List<DocumentLine> lines(BooksDocument doc, DocumentLine.Kind kind) {
    return doc.lines().stream().filter(l -> l.kind() == kind).toList();
  }

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  @Test
  void a_simple_line_becomes_one_item_line_at_the_unit_price() {
    BooksDocument doc = build(order("1").line("A", "3", "4.50").build());

    assertThat(doc.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.itemId()).isEqualTo("1");
              assertThat(l.quantity()).isEqualByComparingTo("3");
              assertThat(l.unitPrice()).isEqualByComparingTo("4.50");
              assertThat(l.amount()).isEqualByComparingTo("13.50");
            });
    assertThat(doc.total()).isEqualByComparingTo("13.50");
  }

  @Test
  void a_variation_line_goes_to_the_item_of_its_own_sku() {
    StoreOrder o =
        order("1")
            .rawLine(
                new StoreOrder.OrderLine(
                    "L1",
                    "P1",
                    "V9",
                    "V-RED-M",
                    "Shirt - Red, M",
                    bd("2"),
                    bd("20.00"),
                    bd("20.00"),
                    BigDecimal.ZERO))
            .build();

    assertThat(build(o).lines())
        .singleElement()
        .satisfies(l -> assertThat(l.itemId()).isEqualTo("3"));
  }

  @Test
  void coupons_become_one_discount_line_and_items_keep_their_list_price() {
    BooksDocument doc =
        build(
            order("1")
                .line("A", "2", "20.00", "18.00")
                .line("B", "1", "10.00", "9.00")
                .coupon("SAVE10", "3.00")
                .build());

    assertThat(lines(doc, DocumentLine.Kind.ITEM))
        .extracting(DocumentLine::unitPrice)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(bd("10.00"), bd("10.00"));
    assertThat(lines(doc, DocumentLine.Kind.DISCOUNT))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.amount()).isEqualByComparingTo("3.00");
              assertThat(l.description()).contains("SAVE10");
            });
    assertThat(doc.total()).isEqualByComparingTo("27.00");
  }

  @Test
  void an_inexact_division_is_split_into_lines_that_add_up_exactly() {
    BooksDocument doc = build(order("1").line("A", "3", "10.00", "10.00").build());

    List<DocumentLine> items = lines(doc, DocumentLine.Kind.ITEM);
    assertThat(items).hasSize(2);
    assertThat(items.stream().map(DocumentLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("3");
    assertThat(items.stream().map(DocumentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("10.00");
    items.forEach(
        l -> assertThat(l.amount()).isEqualByComparingTo(l.quantity().multiply(l.unitPrice())));
  }

  @Test
  void a_discounted_line_whose_list_price_does_not_divide_is_posted_at_its_discounted_total() {
    BooksDocument doc =
        build(order("1").line("A", "3", "10.00", "9.00").coupon("X", "1.00").build());

    assertThat(lines(doc, DocumentLine.Kind.DISCOUNT)).isEmpty();
    assertThat(doc.total()).isEqualByComparingTo("9.00");
  }

  @Test
  void a_fractional_quantity_that_does_not_divide_still_adds_up_in_cents() {
    BooksDocument doc = build(order("1").line("A", "0.3", "1.00", "1.00").build());

    assertThat(doc.total()).isEqualByComparingTo("1.00");
    List<DocumentLine> items = lines(doc, DocumentLine.Kind.ITEM);
    assertThat(items.stream().map(DocumentLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0.3");
    items.forEach(l -> assertThat(l.amount().stripTrailingZeros().scale()).isLessThanOrEqualTo(2));
  }

  @Test
  void shipping_becomes_the_shipping_line() {
    BooksDocument doc =
        build(order("1").line("A", "1", "10.00").shipping("Flat rate", "4.95").build());

    assertThat(lines(doc, DocumentLine.Kind.SHIPPING))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.amount()).isEqualByComparingTo("4.95");
              assertThat(l.description()).isEqualTo("Flat rate");
            });
    assertThat(doc.total()).isEqualByComparingTo("14.95");
  }

  @Test
  void a_positive_fee_goes_to_the_fee_item_and_a_negative_fee_joins_the_discount() {
    BooksDocument doc =
        build(
            order("1")
                .line("A", "1", "10.00")
                .fee("Gift wrap", "2.00")
                .fee("Loyalty credit", "-1.50")
                .build());

    assertThat(lines(doc, DocumentLine.Kind.ITEM))
        .anySatisfy(
            l -> {
              assertThat(l.itemId()).isEqualTo("FEE");
              assertThat(l.amount()).isEqualByComparingTo("2.00");
            });
    assertThat(lines(doc, DocumentLine.Kind.DISCOUNT))
        .singleElement()
        .satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("1.50"));
    assertThat(doc.total()).isEqualByComparingTo("10.50");
  }

  @Test
  void a_positive_fee_without_a_fee_item_is_a_problem_naming_the_fee() {
    DocumentBuilder.Result r =
        DocumentBuilder.sale(
            order("7").line("A", "1", "10.00").fee("Gift wrap", "2.00").build(), context(null));

    assertThat(r.problem()).contains("Order #7").contains("Gift wrap");
  }

  @Test
  void the_store_tax_is_the_total_tax() {
    BooksDocument doc = build(order("1").line("A", "2", "10.00").tax("1.65").build());

    assertThat(doc.totalTax()).isEqualByComparingTo("1.65");
    assertThat(doc.total()).isEqualByComparingTo("21.65");
  }

  @Test
  void an_order_in_another_currency_is_a_problem_naming_both_currencies() {
    DocumentBuilder.Result r =
        DocumentBuilder.sale(
            order("9").currency("EUR").line("A", "1", "10.00").build(), context("FEE"));

    assertThat(r.document()).isNull();
    assertThat(r.problem()).contains("Order #9").contains("EUR").contains("USD");
  }

  @Test
  void a_total_mismatch_is_a_problem_with_both_totals() {
    DocumentBuilder.Result r =
        DocumentBuilder.sale(
            order("5").line("A", "1", "10.00").total("10.01").build(), context("FEE"));

    assertThat(r.document()).isNull();
    assertThat(r.problem()).contains("Order #5").contains("10.00").contains("10.01");
  }

  @Test
  void a_sku_without_an_item_is_a_problem_naming_the_sku() {
    DocumentBuilder.Result r =
        DocumentBuilder.sale(order("5").line("ZZZ", "1", "10.00").build(), context("FEE"));

    assertThat(r.problem()).isEqualTo("Order #5: SKU ZZZ has no QuickBooks item.");
  }
}
