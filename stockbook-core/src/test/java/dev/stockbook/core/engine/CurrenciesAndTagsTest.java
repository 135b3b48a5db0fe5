package dev.stockbook.core.engine;

import static dev.stockbook.core.engine.OrderBuilder.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.CustomerSpec;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentTags;
import dev.stockbook.core.engine.documents.Bookkeeping;
import dev.stockbook.core.engine.documents.Currencies;
import dev.stockbook.core.engine.documents.DocumentBuilder;
import dev.stockbook.core.engine.documents.Documents;
import dev.stockbook.core.engine.documents.Tagging;
import dev.stockbook.store.StoreOrder;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Foreign currencies (sync.currencies, sync.exchangeRates) and class and location rules. */
class CurrenciesAndTagsTest {
  static final Bookkeeping RULES =
      Bookkeeping.defaults()
          .withCurrencies(
              new Currencies(Set.of("eur", "CAD"), Map.of("EUR", new BigDecimal("1.1"))))
          .withTagging(new Tagging("Retail", Map.of("cod", "Wholesale"), "Online", Map.of()));

  static DocumentBuilder.Context context(Bookkeeping rules) {
    return new DocumentBuilder.Context(
        DocumentKind.SALES_RECEIPT,
        "key-1",
        "WEB-1",
        "C1",
        "note",
        Map.of("A", "1"),
        "FEE",
        "Undeposited Funds",
        "USD",
        rules);
  }

  @Test
  void an_order_in_an_accepted_currency_carries_it_and_its_configured_rate() {
    StoreOrder o = order("1").currency("EUR").line("A", "2", "10.00").build();

    BooksDocument doc = DocumentBuilder.sale(o, context(RULES)).document();

    assertThat(doc.tags().currency()).isEqualTo("EUR");
    assertThat(doc.tags().exchangeRate()).isEqualByComparingTo("1.1");
    assertThat(doc.total()).isEqualByComparingTo("20.00");
  }

  @Test
  void a_currency_without_a_configured_rate_leaves_the_rate_to_quickbooks() {
    StoreOrder o = order("1").currency("CAD").line("A", "1", "10.00").build();

    DocumentTags tags = DocumentBuilder.sale(o, context(RULES)).document().tags();

    assertThat(tags.currency()).isEqualTo("CAD");
    assertThat(tags.exchangeRate()).isNull();
  }

  @Test
  void an_order_in_a_currency_not_accepted_parks_naming_the_order_and_the_setting() {
    StoreOrder o = order("9").currency("GBP").line("A", "1", "10.00").build();

    DocumentBuilder.Result result = DocumentBuilder.sale(o, context(RULES));

    assertThat(result.document()).isNull();
    assertThat(result.problem())
        .startsWith("Order #9 is in GBP but the QuickBooks company uses USD")
        .contains("sync.currencies");
  }

  @Test
  void a_home_currency_order_has_no_currency_of_its_own() {
    DocumentTags tags =
        DocumentBuilder.sale(order("1").line("A", "1", "10.00").build(), context(RULES))
            .document()
            .tags();

    assertThat(tags.currency()).isNull();
    assertThat(tags.exchangeRate()).isNull();
  }

  @Test
  void the_class_follows_the_payment_method_else_the_connection_and_so_does_the_location() {
    BooksDocument card =
        DocumentBuilder.sale(order("1").line("A", "1", "10.00").build(), context(RULES)).document();
    BooksDocument cash =
        DocumentBuilder.sale(
                order("2").paymentMethod("cod").line("A", "1", "10.00").build(), context(RULES))
            .document();

    assertThat(card.tags().className()).isEqualTo("Retail");
    assertThat(cash.tags().className()).isEqualTo("Wholesale");
    assertThat(card.tags().locationName()).isEqualTo("Online");
    assertThat(
            DocumentBuilder.sale(
                    order("3").line("A", "1", "1.00").build(), context(Bookkeeping.defaults()))
                .document()
                .tags())
        .isEqualTo(DocumentTags.NONE);
  }

  @Test
  void a_foreign_currency_order_goes_to_a_customer_of_that_currency() {
    ConnectionSettings settings = ConnectionSettings.defaults("c").withBookkeeping(RULES);

    CustomerSpec euro =
        Documents.customer(order("1").currency("eur").line("A", "1", "1.00").build(), settings);
    CustomerSpec home = Documents.customer(order("2").line("A", "1", "1.00").build(), settings);

    assertThat(euro.currency()).isEqualTo("EUR");
    assertThat(euro.displayName()).isEqualTo("Web Store");
    assertThat(home.foreign()).isFalse();
  }
}
