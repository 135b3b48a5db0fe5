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
 * @param restocked whether the store put the quantities back into stock
 */
public record StoreRefund(
    String id,
    Instant createdAt,
    BigDecimal amount,
    String reason,
    List<RefundLine> lines,
    boolean restocked) {

  public StoreRefund {
    lines = List.copyOf(lines);
  }

  /**
   * @param orderLineId the order line this refunds
   * @param sku the SKU of that line
   * @param quantity quantity refunded, positive
   * @param amount refunded amount for the line excluding tax, positive
   * @param tax refunded tax for the line, positive
   */
  public record RefundLine(
      String orderLineId, String sku, BigDecimal quantity, BigDecimal amount, BigDecimal tax) {}
}
