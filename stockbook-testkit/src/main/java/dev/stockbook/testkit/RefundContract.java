package dev.stockbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refunds, with and without restock. A store says what a refund put back into stock either per
 * refund line ({@link StoreRefund.RefundLine#restocked()}) or as a running count per order line
 * ({@link StoreOrder.OrderLine#restocked()}); {@link #restocked} reads whichever it says.
 */
public interface RefundContract extends Area {

  @Test
  default void a_refund_without_restock_is_listed_and_puts_nothing_back() {
    String sku = store().unique("norestock");
    store().createProduct(sku, 10, "5.00");
    String id = store().placeOrder(List.of(new StoreUnderTest.Line(sku, 3)), true);
    long afterSale = store().stockOf(sku);

    String refundId = store().refund(id, sku, 1, false);

    StoreOrder order = StoreConnectorContract.one(connector(), id);
    StoreConnectorContract.refundedOnce(order, refundId);
    StoreRefund refund = refund(order, refundId);
    assertThat(refund.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.sku()).isEqualTo(sku);
              assertThat(l.quantity()).isEqualByComparingTo("1");
              assertThat(l.amount()).isEqualByComparingTo("5.00");
            });
    assertThat(restocked(order, sku)).isEqualByComparingTo("0");
    assertThat(store().stockOf(sku)).isEqualTo(afterSale);
  }

  @Test
  default void a_refund_with_restock_puts_the_units_back_and_says_so() {
    String sku = store().unique("restock");
    store().createProduct(sku, 10, "5.00");
    String id = store().placeOrder(List.of(new StoreUnderTest.Line(sku, 3)), true);
    long afterSale = store().stockOf(sku);

    String refundId = store().refund(id, sku, 2, true);

    StoreOrder order = StoreConnectorContract.one(connector(), id);
    refund(order, refundId);
    assertThat(restocked(order, sku)).isEqualByComparingTo("2");
    assertThat(store().stockOf(sku)).isEqualTo(afterSale + 2);
  }

  @Test
  default void a_refund_without_restock_then_one_with_restock_tell_apart() {
    String sku = store().unique("mixed");
    store().createProduct(sku, 10, "5.00");
    String id = store().placeOrder(List.of(new StoreUnderTest.Line(sku, 3)), true);

    String kept = store().refund(id, sku, 1, false);
    StoreOrder first = StoreConnectorContract.one(connector(), id);
    String back = store().refund(id, sku, 1, true);
    StoreOrder second = StoreConnectorContract.one(connector(), id);

    refund(second, back);
    assertThat(restocked(first, sku))
        .as("after the refund without restock")
        .isEqualByComparingTo("0");
    assertThat(restocked(second, sku))
        .as("after one refund with and one without restock")
        .isEqualByComparingTo("1");
  }

  private static StoreRefund refund(StoreOrder order, String refundId) {
    return order.refunds().stream()
        .filter(r -> r.id().equals(refundId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("refund " + refundId + " is not on the order"));
  }

  /**
   * What the order's refunds together put back into stock for {@code sku}: the sum of the refund
   * lines' own words when the store gives them, else the order line's running count.
   */
  static BigDecimal restocked(StoreOrder order, String sku) {
    List<StoreRefund.RefundLine> lines =
        order.refunds().stream()
            .flatMap(r -> r.lines().stream())
            .filter(l -> sku.equals(l.sku()))
            .toList();
    if (lines.stream().allMatch(l -> l.restocked() != null)) {
      return lines.stream()
          .map(StoreRefund.RefundLine::restocked)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
    return order.lines().stream()
        .filter(l -> sku.equals(l.sku()))
        .map(l -> l.restocked() == null ? BigDecimal.ZERO : l.restocked())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
