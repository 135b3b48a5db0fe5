package dev.stockbook.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;
import dev.stockbook.core.engine.documents.Bookkeeping;
import dev.stockbook.core.engine.documents.Currencies;
import dev.stockbook.core.engine.documents.DocumentBuilder;
import dev.stockbook.core.engine.documents.TaxMapping;
import dev.stockbook.store.StoreOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #16: for random orders (prices with tax included or excluded, several rates, coupons, fees,
 * shipping, foreign currencies, in the tax-code model and the US one) the document's total equals
 * the store's to the cent, every line is one the store has (no "rounding" fudge), and in the
 * tax-code model every line carries the code of its rate.
 */
class BooksPropertiesTest {
  /** Rate code → percent, as a store has them. */
  static final Map<String, BigDecimal> RATES =
      Map.of(
          "GST", new BigDecimal("5"),
          "PST BC", new BigDecimal("7"),
          "HST ON", new BigDecimal("13"),
          "VAT", new BigDecimal("20"),
          "US-CA", new BigDecimal("8.25"));

  static final TaxMapping CODES =
      new TaxMapping(
          true,
          Map.of(
              "GST", "GST",
              "GST+PST BC", "GST/PST BC",
              "HST ON", "HST ON",
              "VAT", "20.0% S",
              "US-CA", "California",
              "none", "Exempt"));

  static final List<List<String>> RATE_SETS =
      List.of(
          List.of(),
          List.of("GST"),
          List.of("GST", "PST BC"),
          List.of("HST ON"),
          List.of("VAT"),
          List.of("US-CA"));

  private static final Map<String, String> ITEMS = Map.of("A", "1", "B", "2", "C", "3");

  private static BigDecimal cents(long c) {
    return BigDecimal.valueOf(c, 2);
  }

  /** A store line and how the store computed its tax. */
  record Priced(String sku, int qty, long unitCents, int discountPercent, List<String> rates) {}

  @Provide
  Arbitrary<Priced> priced() {
    return Combinators.combine(
            Arbitraries.of("A", "B", "C"),
            Arbitraries.integers().between(1, 12),
            Arbitraries.longs().between(1, 25_000),
            Arbitraries.integers().between(0, 40),
            Arbitraries.of(RATE_SETS))
        .as(Priced::new);
  }

  @Provide
  Arbitrary<StoreOrder> orders() {
    return Combinators.combine(
            priced().list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.of(true, false),
            Arbitraries.longs().between(0, 3_000),
            Arbitraries.longs().between(-800, 800),
            Arbitraries.of(RATE_SETS),
            Arbitraries.of("USD", "EUR", "CAD"))
        .as(BooksPropertiesTest::order);
  }

  /**
   * An order as a store computes it: per line the discounted amount, the tax per rate rounded per
   * line (taken out of the gross when prices include tax), shipping and a fee taxed likewise.
   */
  static StoreOrder order(
      List<Priced> lines,
      boolean inclusive,
      long shipping,
      long fee,
      List<String> chargeRates,
      String currency) {
    OrderBuilder b = OrderBuilder.order("1").currency(currency);
    for (Priced p : lines) {
      BigDecimal gross = cents(p.unitCents()).multiply(BigDecimal.valueOf(p.qty()));
      BigDecimal afterCoupon =
          gross.subtract(
              gross
                  .multiply(BigDecimal.valueOf(p.discountPercent()))
                  .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN));
      BigDecimal[] split = split(gross, inclusive, p.rates());
      BigDecimal[] after = split(afterCoupon, inclusive, p.rates());
      b.rawLine(
          new StoreOrder.OrderLine(
                  "L" + b.hashCode(),
                  "P",
                  null,
                  p.sku(),
                  p.sku(),
                  BigDecimal.valueOf(p.qty()),
                  split[0],
                  after[0],
                  after[1])
              .withTaxRates(p.rates()));
      b.addTax(after[1]);
    }
    if (shipping > 0) {
      BigDecimal[] s = split(cents(shipping), inclusive, chargeRates);
      b.taxedShipping("Post", s[0].toPlainString(), s[1].toPlainString(), rateArray(chargeRates));
    }
    if (fee != 0) {
      BigDecimal[] f =
          fee > 0
              ? split(cents(fee), inclusive, chargeRates)
              : new BigDecimal[] {cents(fee), BigDecimal.ZERO};
      b.taxedFee(
          "Fee",
          f[0].toPlainString(),
          f[1].toPlainString(),
          fee > 0 ? rateArray(chargeRates) : new String[0]);
    }
    return b.coupon("CODE", "0").build();
  }

  private static String[] rateArray(List<String> rates) {
    return rates.toArray(String[]::new);
  }

  /** {net, tax} of an amount at the rates, each rate's tax rounded on its own. */
  static BigDecimal[] split(BigDecimal amount, boolean inclusive, List<String> rates) {
    BigDecimal percent = rates.stream().map(RATES::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal net =
        inclusive
            ? amount
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(100).add(percent), 2, RoundingMode.HALF_UP)
            : amount;
    BigDecimal tax = BigDecimal.ZERO;
    for (String rate : rates) {
      tax =
          tax.add(net.multiply(RATES.get(rate)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP));
    }
    if (inclusive) {
      net = amount.subtract(tax);
    }
    return new BigDecimal[] {net, tax};
  }

  static DocumentBuilder.Context context(TaxMapping tax) {
    return new DocumentBuilder.Context(
        DocumentKind.SALES_RECEIPT,
        "key-1",
        "WEB-1",
        "C1",
        "note",
        ITEMS,
        "FEE",
        "Undeposited Funds",
        "USD",
        Bookkeeping.defaults()
            .withTax(tax)
            .withCurrencies(
                new Currencies(Set.of("EUR", "CAD"), Map.of("EUR", new BigDecimal("1.0843")))));
  }

  @Property(tries = 400)
  void the_document_total_is_the_store_total_to_the_cent_in_either_tax_model(
      @ForAll("orders") StoreOrder order, @ForAll boolean perLine) {
    DocumentBuilder.Result result =
        DocumentBuilder.sale(order, context(perLine ? CODES : TaxMapping.us()));

    assertThat(result.problem()).isNull();
    BooksDocument doc = result.document();
    assertThat(doc.total()).isEqualByComparingTo(order.total());
    assertThat(DocumentBuilder.total(doc.lines(), doc.totalTax()))
        .isEqualByComparingTo(order.total());
    assertThat(doc.totalTax()).isEqualByComparingTo(order.totalTax());
    assertThat(doc.tags().currency())
        .isEqualTo(order.currency().equals("USD") ? null : order.currency());
  }

  @Property(tries = 400)
  void no_line_is_a_rounding_fudge(@ForAll("orders") StoreOrder order) {
    BooksDocument doc = DocumentBuilder.sale(order, context(CODES)).document();

    List<String> known = new ArrayList<>(ITEMS.values());
    known.add("FEE");
    for (DocumentLine line : doc.lines()) {
      assertThat(line.description()).doesNotContainIgnoringCase("rounding");
      if (line.kind() == DocumentLine.Kind.ITEM) {
        assertThat(known).contains(line.itemId());
      }
    }
    BigDecimal items =
        sum(doc, DocumentLine.Kind.ITEM).subtract(sum(doc, DocumentLine.Kind.DISCOUNT));
    assertThat(items)
        .isEqualByComparingTo(
            total(order.lines().stream().map(StoreOrder.OrderLine::total).toList())
                .add(total(order.fees().stream().map(StoreOrder.Charge::amount).toList())));
    assertThat(sum(doc, DocumentLine.Kind.SHIPPING))
        .isEqualByComparingTo(
            total(order.shipping().stream().map(StoreOrder.Charge::amount).toList()));
  }

  private static BigDecimal total(List<BigDecimal> amounts) {
    return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Property(tries = 300)
  void in_the_tax_code_model_every_line_carries_the_code_of_its_rates(
      @ForAll("orders") StoreOrder order) {
    BooksDocument doc = DocumentBuilder.sale(order, context(CODES)).document();

    assertThat(doc.linesCarryTaxCodes()).isTrue();
    for (DocumentLine line : doc.lines()) {
      if (line.kind() != DocumentLine.Kind.DISCOUNT) {
        assertThat(line.taxCode()).isIn(CODES.codes().values());
        assertThat(line.taxCode().equals("Exempt")).isEqualTo(!line.taxable());
      }
    }
  }

  private static BigDecimal sum(BooksDocument doc, DocumentLine.Kind kind) {
    return doc.lines().stream()
        .filter(l -> l.kind() == kind)
        .map(DocumentLine::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
