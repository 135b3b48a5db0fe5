package dev.stockbook.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A refund recorded in the store against an order.
 *
 * @param id the store's refund id
 * @param createdAt when it was made
 * @param amount the refunded amount, positive, tax included
 * @param reason the merchant's reason, may be empty
 * @param lines refunded lines with quantities; empty for an amount-only refund
 */
public record StoreRefund(
    String id, Instant createdAt, BigDecimal amount, String reason, List<RefundLine> lines) {

  public StoreRefund {
    lines = List.copyOf(lines);
  }

  /** Whether the store put any of the refunded units back into stock. */
  public boolean restocked() {
    return lines.stream().anyMatch(l -> l.restocked() != null && l.restocked().signum() > 0);
  }

  /** Whether every line says how much it restocked. */
  public boolean restocksKnown() {
    return lines.stream().allMatch(l -> l.restocked() != null);
  }

  public StoreRefund withLines(List<RefundLine> newLines) {
    return new StoreRefund(id, createdAt, amount, reason, newLines);
  }

  /**
   * @param orderLineId the order line this refunds
   * @param sku the SKU of that line
   * @param quantity quantity refunded, positive
   * @param amount refunded amount for the line excluding tax, positive
   * @param tax refunded tax for the line, positive
   * @param restocked how many of the refunded units the store put back into stock (0 when the goods
   *     were not returned); {@code null} when the store says only per order line ({@link
   *     StoreOrder.OrderLine#restocked()}), which the engine then resolves
   */
  public record RefundLine(
      String orderLineId,
      String sku,
      BigDecimal quantity,
      BigDecimal amount,
      BigDecimal tax,
      BigDecimal restocked) {

    public RefundLine withRestocked(BigDecimal units) {
      return new RefundLine(orderLineId, sku, quantity, amount, tax, units);
    }
  }
}
