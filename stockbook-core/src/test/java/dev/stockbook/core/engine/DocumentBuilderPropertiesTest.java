package dev.stockbook.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentLine;
import dev.stockbook.core.engine.documents.DocumentBuilder;
import dev.stockbook.store.StoreOrder;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the store's numbers, the document adds up to the store total to the cent. */
class DocumentBuilderPropertiesTest {

  private static BigDecimal cents(long c) {
    return BigDecimal.valueOf(c, 2);
  }

  @Provide
  Arbitrary<StoreOrder.OrderLine> lines() {
    Arbitrary<BigDecimal> quantity =
        Arbitraries.oneOf(
            Arbitraries.longs().between(1, 50).map(BigDecimal::valueOf),
            Arbitraries.longs().between(1, 500).map(q -> BigDecimal.valueOf(q, 1)),
            Arbitraries.longs().between(1, 999).map(q -> BigDecimal.valueOf(q, 2)));
    Arbitrary<Long> unitCents = Arbitraries.longs().between(0, 99_999);
    Arbitrary<Integer> discountPercent = Arbitraries.integers().between(0, 100);
    Arbitrary<Boolean> listPriceExact = Arbitraries.of(true, false);
    return Combinators.combine(quantity, unitCents, discountPercent, listPriceExact)
        .as(
            (q, u, pct, exact) -> {
              BigDecimal subtotal =
                  exact
                      ? q.multiply(cents(u)).setScale(2, java.math.RoundingMode.HALF_UP)
                      : cents(u * 3 + 1);
              BigDecimal discount =
                  subtotal
                      .multiply(BigDecimal.valueOf(pct))
                      .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN);
              return new StoreOrder.OrderLine(
                  "L",
                  "P",
                  null,
                  "A",
                  "Thing",
                  q,
                  subtotal,
                  subtotal.subtract(discount),
                  BigDecimal.ZERO);
            });
  }

  @Provide
  Arbitrary<StoreOrder> orders() {
    Arbitrary<List<StoreOrder.OrderLine>> lines = lines().list().ofMinSize(1).ofMaxSize(8);
    Arbitrary<Long> shipping = Arbitraries.longs().between(0, 5_000);
    Arbitrary<Long> fee = Arbitraries.longs().between(-500, 500);
    Arbitrary<Long> tax = Arbitraries.longs().between(0, 10_000);
    return Combinators.combine(lines, shipping, fee, tax)
        .as(
            (ls, s, f, t) -> {
              OrderBuilder b = OrderBuilder.order("1").tax(cents(t).toPlainString());
              ls.forEach(b::rawLine);
              if (s > 0) {
                b.shipping("Shipping", cents(s).toPlainString());
              }
              if (f != 0) {
                b.fee("Fee", cents(f).toPlainString());
              }
              return b.coupon("CODE", "0").build();
            });
  }

  @Property(tries = 500)
  void the_document_total_equals_the_store_total_to_the_cent(@ForAll("orders") StoreOrder order) {
    DocumentBuilder.Result result = DocumentBuilder.sale(order, DocumentBuilderTest.context("FEE"));

    assertThat(result.problem()).isNull();
    BooksDocument doc = result.document();
    assertThat(doc.total()).isEqualByComparingTo(order.total());
    assertThat(DocumentBuilder.total(doc.lines(), doc.totalTax()))
        .isEqualByComparingTo(order.total());
  }

  @Property(tries = 500)
  void every_item_line_is_quantity_times_unit_price_in_whole_cents(
      @ForAll("orders") StoreOrder order) {
    BooksDocument doc = DocumentBuilder.sale(order, DocumentBuilderTest.context("FEE")).document();

    for (DocumentLine line : doc.lines()) {
      assertThat(line.amount().stripTrailingZeros().scale())
          .as("amount %s", line.amount())
          .isLessThanOrEqualTo(2);
      if (line.kind() == DocumentLine.Kind.ITEM) {
        assertThat(line.amount()).isEqualByComparingTo(line.quantity().multiply(line.unitPrice()));
        assertThat(line.quantity().signum()).isPositive();
      }
    }
  }

  @Property(tries = 300)
  void the_item_quantities_of_a_line_add_up_to_the_store_quantity(
      @ForAll("lines") StoreOrder.OrderLine line) {
    StoreOrder order = OrderBuilder.order("1").rawLine(line).build();
    BooksDocument doc = DocumentBuilder.sale(order, DocumentBuilderTest.context("FEE")).document();

    BigDecimal qty =
        doc.lines().stream()
            .filter(l -> l.kind() == DocumentLine.Kind.ITEM)
            .map(DocumentLine::quantity)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(qty).isEqualByComparingTo(line.quantity());
  }
}
