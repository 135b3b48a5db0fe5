package dev.stockbook.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.sim.shopify.Merchant;
import dev.stockbook.sim.shopify.Shopper;
import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Orders over HTTP: big orders, edits, returns, cancellations, the 60-day window. */
class ShopifyOrdersIT {
  final TestShop shop = new TestShop();
  final StoreConnector connector = shop.connector();

  @AfterEach
  void close() {
    shop.close();
  }

  @Test
  void an_order_with_more_lines_than_a_page_is_read_whole_and_so_is_its_cancellation() {
    List<Shopper.Line> cart =
        IntStream.range(0, 12)
            .mapToObj(
                i -> {
                  shop.store.createProduct("line" + i, 10, "2.50");
                  return new Shopper.Line("line" + i, 2);
                })
            .toList();
    long id = shop.sim.shopper().placeOrder(cart);
    shop.sim.merchant().cancel(id, "CUSTOMER", true);

    StoreOrder order = one(id);

    assertThat(order.lines()).hasSize(12);
    assertThat(order.lines()).allSatisfy(l -> assertThat(l.quantity()).isEqualByComparingTo("2"));
    assertThat(order.total()).isEqualByComparingTo("60.00");
    assertThat(order.lifecycle()).isEqualTo(OrderLifecycle.CANCELLED);
    StoreRefund refund = order.refunds().get(0);
    assertThat(refund.lines()).hasSize(12);
    assertThat(refund.amount()).isEqualByComparingTo("60.00");
    assertThat(refund.lines()).allSatisfy(l -> assertThat(l.restocked()).isEqualByComparingTo("2"));
  }

  @Test
  void an_edit_that_removes_units_lowers_the_sale_and_a_refund_does_not() {
    shop.store.createProduct("tee", 10, "15.00");
    long id = shop.sim.shopper().placeOrder(List.of(new Shopper.Line("tee", 3)));
    shop.sim.merchant().editQuantity(id, "tee", 2, true);
    shop.sim.merchant().refund(id, "tee", 1, Merchant.Restock.CANCEL);

    StoreOrder order = one(id);

    assertThat(order.lines().get(0).quantity())
        .as("3 ordered, 1 removed")
        .isEqualByComparingTo("2");
    assertThat(order.lines().get(0).total()).isEqualByComparingTo("30.00");
    assertThat(order.total()).isEqualByComparingTo("30.00");
    assertThat(order.refunds())
        .singleElement()
        .satisfies(r -> assertThat(r.amount()).isEqualByComparingTo("15.00"));
    assertThat(order.status()).isEqualTo("partially_refunded");
  }

  @Test
  void a_shipped_line_returned_restocks_and_one_refunded_without_return_does_not() {
    shop.store.createProduct("red", 10, "12.00");
    long id = shop.sim.shopper().placeOrder(List.of(new Shopper.Line("red", 3)));
    shop.sim.merchant().fulfil(id);
    shop.sim.merchant().refund(id, "red", 1, Merchant.Restock.RETURN);
    shop.sim.merchant().refund(id, "red", 1, Merchant.Restock.NO_RESTOCK);

    StoreOrder order = one(id);

    assertThat(order.lifecycle()).isEqualTo(OrderLifecycle.FULFILLED);
    assertThat(order.status()).isEqualTo("partially_refunded, fulfilled");
    assertThat(order.refunds())
        .extracting(r -> r.lines().get(0).restocked().intValue())
        .containsExactly(1, 0);
    assertThat(order.lines().get(0).quantity()).isEqualByComparingTo("3");
  }

  @Test
  void a_pending_order_is_placed_and_cancelling_it_voids_it() {
    shop.store.createProduct("white", 10, "10.00");
    long id = shop.sim.shopper().placeOrder(List.of(new Shopper.Line("white", 1)), false);
    StoreOrder pending = one(id);
    shop.sim.merchant().cancel(id, "CUSTOMER", true);

    assertThat(pending.lifecycle()).isEqualTo(OrderLifecycle.PLACED);
    assertThat(pending.paid()).isFalse();
    assertThat(pending.paymentMethod()).isEqualTo("manual");
    assertThat(pending.number()).isEqualTo("1001");
    assertThat(one(id).lifecycle()).isEqualTo(OrderLifecycle.CANCELLED);
    assertThat(one(id).status()).isEqualTo("cancelled");
  }

  @Test
  void an_order_placed_ninety_days_ago_and_refunded_today_is_listed_with_its_refund() {
    shop.store.createProduct("old", 10, "8.00");
    long id = shop.sim.shopper().placeOrder(List.of(new Shopper.Line("old", 2)));
    shop.clock.advance(Duration.ofDays(90));
    shop.sim.merchant().refund(id, "old", 1, Merchant.Restock.CANCEL);

    OrderPage page =
        connector.ordersChangedSince(OrderCursor.since(shop.clock.instant().minusSeconds(60)));

    assertThat(page.orders()).extracting(StoreOrder::id).containsExactly(String.valueOf(id));
    assertThat(page.orders().get(0).refunds()).hasSize(1);
    assertThat(page.orders().get(0).createdAt()).isEqualTo(TestShop.T0);
  }

  @Test
  void a_token_without_read_all_orders_is_refused_naming_the_scope_and_the_60_days() {
    Set<String> scopes =
        Set.of("read_orders", "read_products", "write_inventory", "read_locations");
    StoreConnector narrow = shop.connector(Map.of("accessToken", shop.sim.issueToken(scopes)));

    assertThatThrownBy(() -> narrow.ordersChangedSince(OrderCursor.since(TestShop.T0)))
        .isInstanceOf(PermanentStoreException.class)
        .hasMessageContaining("store.accessToken")
        .hasMessageContaining("read_all_orders")
        .hasMessageContaining("60 days");
  }

  @Test
  void a_listing_ends_with_a_cursor_from_its_newest_change_and_the_next_one_starts_there() {
    shop.store.createProduct("p", 10, "1.00");
    long first = shop.sim.shopper().placeOrder(List.of(new Shopper.Line("p", 1)));
    shop.clock.advance(Duration.ofMinutes(5));
    long second = shop.sim.shopper().placeOrder(List.of(new Shopper.Line("p", 1)));

    OrderPage all = connector.ordersChangedSince(OrderCursor.since(TestShop.T0));
    OrderPage after = connector.ordersChangedSince(all.next());

    assertThat(all.more()).isFalse();
    assertThat(all.orders()).extracting(StoreOrder::id).containsExactly("" + first, "" + second);
    assertThat(all.next()).isEqualTo(OrderCursor.since(TestShop.T0.plus(Duration.ofMinutes(5))));
    assertThat(after.orders()).extracting(StoreOrder::id).containsExactly("" + second);
  }

  private StoreOrder one(long id) {
    List<StoreOrder> found = connector.ordersById(List.of(String.valueOf(id)));
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
