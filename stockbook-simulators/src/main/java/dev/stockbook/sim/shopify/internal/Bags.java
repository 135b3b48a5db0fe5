package dev.stockbook.sim.shopify.internal;

import java.math.BigDecimal;
import java.util.Map;

/** MoneyBag values: the same amount in shop and presentment currency (one currency modelled). */
public final class Bags {
  private Bags() {}

  public static Map<String, Object> of(BigDecimal amount, String currency) {
    Map<String, Object> money = Map.of("amount", amount, "currencyCode", currency);
    return Map.of("shopMoney", money, "presentmentMoney", money);
  }
}
