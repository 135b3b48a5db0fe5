package dev.stockbook.sim.woocommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WpJsonTest {
  @Test
  void slashes_and_non_ascii_are_escaped_as_php_does() {
    String json = WpJson.text(WpJson.object().put("url", "https://x/p/").put("name", "Rosé ü €"));
    assertThat(json)
        .isEqualTo("{\"url\":\"https:\\/\\/x\\/p\\/\",\"name\":\"Ros\\u00e9 \\u00fc \\u20ac\"}");
  }

  @Test
  void characters_outside_the_bmp_become_surrogate_pairs() {
    assertThat(WpJson.text(WpJson.object().put("e", "\uD83C\uDF77")))
        .isEqualTo("{\"e\":\"\\ud83c\\udf77\"}");
  }

  @Test
  void stock_status_follows_quantity_and_backorders() {
    assertThat(StockRules.statusFor(0, "no")).isEqualTo("outofstock");
    assertThat(StockRules.statusFor(0, "notify")).isEqualTo("onbackorder");
    assertThat(StockRules.statusFor(3, "no")).isEqualTo("instock");
  }

  @Test
  void money_prices_are_bare_numbers_without_a_trailing_zero() {
    assertThat(Money.number(new java.math.BigDecimal("10.00")).toString()).isEqualTo("10");
    assertThat(Money.number(new java.math.BigDecimal("3.50")).toString()).isEqualTo("3.5");
  }
}
