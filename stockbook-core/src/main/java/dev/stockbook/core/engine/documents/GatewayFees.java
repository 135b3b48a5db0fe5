package dev.stockbook.core.engine.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * What the payment gateway keeps of a paid order, per store payment method ({@code
 * sync.gatewayFees}: {@code stripe=2.9%+0.30}), booked as its own negative line on the gateway fee
 * item ({@code sync.gatewayFeeItem}, created when absent on the expense account {@code
 * sync.gatewayFeeAccount}). The sales lines still add up to the store's total; the receipt's total
 * is what the gateway pays out, so revenue is not inflated by fees and the deposit matches the
 * bank.
 *
 * @param rates payment method → fee
 * @param item the QuickBooks item name
 * @param account the expense account of the item when Stockbook creates it
 */
public record GatewayFees(Map<String, Rate> rates, String item, String account) {
  public GatewayFees {
    rates = Map.copyOf(rates);
  }

  public static GatewayFees none() {
    return new GatewayFees(Map.of(), "Merchant Fees", "Merchant Fees");
  }

  /** A percent of the order total plus a fixed amount. */
  public record Rate(BigDecimal percent, BigDecimal fixed) {
    /** {@code 2.9%+0.30}, {@code 3%}, {@code 0.25}. */
    public static Rate parse(String text) {
      BigDecimal percent = BigDecimal.ZERO;
      BigDecimal fixed = BigDecimal.ZERO;
      for (String part : text.replace(" ", "").split("\\+")) {
        if (part.endsWith("%")) {
          percent = new BigDecimal(part.substring(0, part.length() - 1));
        } else if (!part.isEmpty()) {
          fixed = new BigDecimal(part);
        }
      }
      return new Rate(percent, fixed);
    }

    /** The fee on {@code total}, rounded half up to the cent. */
    public BigDecimal on(BigDecimal total) {
      return total
          .multiply(percent)
          .movePointLeft(2)
          .add(fixed)
          .setScale(Money.CENTS, RoundingMode.HALF_UP);
    }
  }

  /** The fee of a paid order of {@code total} by {@code paymentMethod}; zero when none applies. */
  public BigDecimal feeOf(String paymentMethod, BigDecimal total, boolean paid) {
    Rate rate = rates.get(paymentMethod == null ? "" : paymentMethod);
    if (rate == null || !paid || total.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return rate.on(total).min(total);
  }
}
