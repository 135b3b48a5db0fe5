package dev.stockbook.core.engine;

import static dev.stockbook.core.engine.OrderBuilder.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;
import dev.stockbook.core.engine.documents.Bookkeeping;
import dev.stockbook.core.engine.documents.Bundle;
import dev.stockbook.core.engine.documents.DocumentBuilder;
import dev.stockbook.core.engine.documents.GatewayFees;
import dev.stockbook.core.engine.documents.GiftCards;
import dev.stockbook.store.StoreOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Bundles posted as their components; gift cards as a liability. */
class BundlesAndGiftCardsTest {
  static final Bundle DUO =
      new Bundle(
          "G1",
          "Wine Duo",
          List.of(
              new Bundle.Component("10", "redwine", BigDecimal.ONE, new BigDecimal("12.00")),
              new Bundle.Component(
                  "11", "whitewine", new BigDecimal("2"), new BigDecimal("10.00"))),
          null);

  static DocumentBuilder.Context context(Map<String, Bundle> bundles) {
    return new DocumentBuilder.Context(
        DocumentKind.SALES_RECEIPT,
        "key-1",
        "WEB-1",
        "C1",
        "note",
        Map.of("DUO", "G1", "A", "1", "GC", "GIFT"),
        "FEE",
        "Undeposited Funds",
        "USD",
        Bookkeeping.defaults()
            .withGiftCards(
                new GiftCards(
                    Set.of("GC"), "Gift Card", "Gift Card Liability", List.of("Gift card"))),
        "GIFT",
        bundles,
        null);
  }

  @Test
  void a_bundle_line_becomes_a_group_line_of_its_components_at_the_store_amount() {
    StoreOrder o = order("1").line("DUO", "3", "29.99").build();

    BooksDocument doc = DocumentBuilder.sale(o, context(Map.of("G1", DUO))).document();

    DocumentLine group = doc.lines().get(0);
    assertThat(group.kind()).isEqualTo(DocumentLine.Kind.GROUP);
    assertThat(group.itemId()).isEqualTo("G1");
    assertThat(group.amount()).isEqualByComparingTo("89.97");
    BigDecimal red = quantity(group, "10");
    BigDecimal white = quantity(group, "11");
    assertThat(red).isEqualByComparingTo("3");
    assertThat(white).isEqualByComparingTo("6");
    assertThat(doc.total()).isEqualByComparingTo("89.97");
  }

  @Property(tries = 200)
  void a_bundle_s_components_add_up_to_the_store_line_to_the_cent(
      @ForAll @IntRange(min = 1, max = 20) int qty,
      @ForAll @LongRange(min = 0, max = 99_999) long cents) {
    BigDecimal total = BigDecimal.valueOf(cents, 2).multiply(BigDecimal.valueOf(qty));
    StoreOrder o =
        order("1")
            .line("DUO", String.valueOf(qty), total.toPlainString(), total.toPlainString())
            .build();

    BooksDocument doc = DocumentBuilder.sale(o, context(Map.of("G1", DUO))).document();

    DocumentLine group = doc.lines().get(0);
    assertThat(
            group.components().stream()
                .map(DocumentLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(total);
    group.components().forEach(c -> assertThat(c.amount().signum()).isNotNegative());
    assertThat(doc.total()).isEqualByComparingTo(o.total());
  }

  @Test
  void a_bundle_with_a_missing_component_parks_naming_the_bundle() {
    Bundle broken = new Bundle("G1", "Wine Duo", List.of(), "item 99");

    DocumentBuilder.Result result =
        DocumentBuilder.sale(
            order("4").line("DUO", "1", "20.00").build(), context(Map.of("G1", broken)));

    assertThat(result.problem())
        .startsWith("Order #4: SKU DUO is the QuickBooks bundle \"Wine Duo\"")
        .contains("item 99 is missing or inactive");
  }

  @Test
  void a_redemption_is_a_negative_gift_card_line_and_no_discount() {
    StoreOrder o =
        order("1")
            .line("A", "2", "15.00")
            .fee("Gift card AB12", "-10.00")
            .fee("Loyalty", "-2.00")
            .build();

    BooksDocument doc = DocumentBuilder.sale(o, context(Map.of())).document();

    assertThat(doc.lines())
        .anySatisfy(
            l -> {
              assertThat(l.itemId()).isEqualTo("GIFT");
              assertThat(l.amount()).isEqualByComparingTo("-10.00");
            });
    assertThat(doc.lines())
        .filteredOn(l -> l.kind() == DocumentLine.Kind.DISCOUNT)
        .singleElement()
        .satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("2.00"));
    assertThat(doc.total()).isEqualByComparingTo("18.00");
  }

  @Test
  void a_gateway_fee_is_a_negative_line_of_its_own_and_the_sales_lines_keep_the_store_total() {
    DocumentBuilder.Context base = context(Map.of());
    DocumentBuilder.Context withFees =
        new DocumentBuilder.Context(
            base.kind(),
            base.postingKey(),
            base.docNumber(),
            base.customerId(),
            base.privateNote(),
            base.itemIdsBySku(),
            base.feeItemId(),
            base.depositAccount(),
            base.currency(),
            base.rules()
                .withGatewayFees(
                    new GatewayFees(
                        Map.of("stripe", GatewayFees.Rate.parse("2.9%+0.30")),
                        "Merchant Fees",
                        "Merchant Fees")),
            base.giftCardItemId(),
            base.bundles(),
            "MF");
    StoreOrder card = order("1").line("A", "1", "12.00").build();
    StoreOrder cash = order("2").paymentMethod("cod").line("A", "1", "12.00").build();

    BooksDocument doc = DocumentBuilder.sale(card, withFees).document();

    assertThat(doc.lines())
        .filteredOn(l -> "MF".equals(l.itemId()))
        .singleElement()
        .satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("-0.65"));
    assertThat(doc.total()).isEqualByComparingTo("11.35");
    assertThat(
            DocumentBuilder.total(
                doc.lines().stream().filter(l -> !"MF".equals(l.itemId())).toList(),
                doc.totalTax()))
        .isEqualByComparingTo(card.total());
    assertThat(DocumentBuilder.sale(cash, withFees).document().total())
        .isEqualByComparingTo("12.00");
  }

  private static BigDecimal quantity(DocumentLine group, String itemId) {
    return group.components().stream()
        .filter(c -> c.itemId().equals(itemId))
        .map(DocumentLine::quantity)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
