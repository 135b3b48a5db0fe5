package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as WooCommerce writes it: strings with 2 decimals; {@code price} as a bare JSON number. */
public final class Money {
  private Money() {}

  public static String format(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  public static BigDecimal parse(JsonNode node) {
    if (node == null || node.isNull() || node.asText().isBlank()) {
      return BigDecimal.ZERO;
    }
    try {
      return new BigDecimal(node.asText().trim());
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }

  /** {@code 10} rather than {@code 10.0}, as the capture shows; fractions keep their digits. */
  public static BigDecimal number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
