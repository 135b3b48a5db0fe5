package dev.stockbook.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.engine.ConnectionSettings.UnmatchedSku;
import dev.stockbook.core.state.OrderState;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BadOrdersTest {
  private final EngineHarness h = new EngineHarness().stocked("A", 1000);

  @Test
  void bad_orders_are_parked_and_the_rest_still_post() {
    h.settings = h.settings.withUnmatched(new UnmatchedSku(UnmatchedSku.Policy.HOLD, null));
    h.store.place(h.sale("2001").line("", "Gift card", "1", "10.00", "10.00").build());
    h.store.place(h.sale("2002").line("A", "0", "0.00", "0.00").build());
    h.store.place(h.sale("2003").line("A", "-1", "-10.00", "-10.00").build());
    h.store.place(h.sale("2004").line("A", "1", "5000000.00").build());
    h.store.place(h.sale("2005").currency("EUR").line("A", "1", "10.00").build());
    h.store.place(h.sale("2006").line("NOPE", "1", "10.00").build());
    h.store.place(h.sale("2007").line("A", "1", "10.00").total("12.34").build());
    h.store.place(h.sale("2008").number("2008-VERY-LONG-NUMBER-X").line("A", "1", "10.00").build());
    h.store.place(h.sale("2010").line("A", "2", "10.00").build());

    h.cycle();

    assertParked("2001", "Gift card", "no SKU");
    assertParked("2002", "SKU A", "quantity 0");
    assertParked("2003", "SKU A", "quantity -1");
    assertParked("2004", "SKU A", "5000000");
    assertParked("2005", "EUR", "USD");
    assertParked("2006", "SKU NOPE has no QuickBooks item");
    assertParked("2007", "10.00", "12.34");
    assertParked("2008", "document number", "21");
    assertThat(h.stateOf("2010")).isEqualTo(OrderState.POSTED);
    assertThat(h.books.documents()).hasSize(1);
  }

  @Test
  void an_order_with_a_very_long_store_id_posts_and_does_not_stop_the_cycle() {
    h.store.place(
        OrderBuilder.order("gid://shopify/Order/5678901234567890123")
            .number("5001")
            .at(h.clock.instant())
            .line("A", "1", "10.00")
            .build());
    h.store.place(h.sale("5002").line("A", "1", "10.00").build());

    h.cycle();

    assertThat(h.stateOf("5002")).isEqualTo(OrderState.POSTED);
    assertThat(h.stateOf("gid://shopify/Order/5678901234567890123")).isEqualTo(OrderState.POSTED);
  }

  @Test
  void names_outside_ascii_post_unchanged() {
    h.store.place(
        h.sale("3001").line("A", "Café crème – Größe L, 日本", "1", "10.00", "10.00").build());

    h.cycle();

    assertThat(h.stateOf("3001")).isEqualTo(OrderState.POSTED);
    assertThat(h.books.documents().get(0).document().lines().get(0).description())
        .isEqualTo("Café crème – Größe L, 日本");
  }

  @Test
  void an_order_of_500_lines_posts_to_the_cent() {
    OrderBuilder big = h.sale("4001");
    for (int i = 0; i < 500; i++) {
      big.line("A", "1", "0.33");
    }
    h.store.place(big.build());

    h.cycle();

    assertThat(h.stateOf("4001")).isEqualTo(OrderState.POSTED);
    assertThat(h.books.documents().get(0).computedTotal()).isEqualByComparingTo("165.00");
    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo(new BigDecimal("500")));
  }

  private void assertParked(String id, String... words) {
    assertThat(h.stateOf(id)).as("order %s", id).isEqualTo(OrderState.PARKED);
    assertThat(h.order(id).reason())
        .as("reason of order %s", id)
        .contains("Order #" + h.order(id).snapshot().number())
        .contains(words);
  }
}
