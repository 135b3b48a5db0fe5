package dev.stockbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Orders: by modification with paging, by id, variations, lifecycle and status changes. */
public interface OrderContract extends Area {

  @Test
  default void a_new_order_is_listed_with_its_lines_sku_quantity_and_lifecycle() {
    String sku = store().unique("ord");
    store().createProduct(sku, 10, "12.00");
    Instant before = store().now().minusSeconds(2);

    String id = store().placeOrder(List.of(new StoreUnderTest.Line(sku, 2)), true);

    StoreOrder order = find(StoreConnectorContract.listAll(connector(), before), id);
    assertThat(order.lifecycle()).isEqualTo(OrderLifecycle.PAID);
    assertThat(order.paid()).isTrue();
    assertThat(order.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.sku()).isEqualTo(sku);
              assertThat(l.quantity()).isEqualByComparingTo("2");
              assertThat(l.total()).isEqualByComparingTo("24.00");
            });
    assertThat(order.total()).isEqualByComparingTo("24.00");
    assertThat(order.modifiedAt()).isAfterOrEqualTo(before);
  }

  @Test
  default void orders_are_listed_oldest_modification_first_page_by_page_each_once() {
    String sku = store().unique("page");
    store().createProduct(sku, 50, "1.00");
    Instant before = store().now().minusSeconds(2);
    List<String> placed =
        java.util.stream.IntStream.range(0, 5)
            .mapToObj(i -> store().placeOrder(List.of(new StoreUnderTest.Line(sku, 1)), true))
            .toList();

    listedOnceInPagesOfTwo(placed, before);
  }

  @Test
  default void orders_changed_together_are_listed_each_once_in_pages_smaller_than_their_second() {
    String sku = store().unique("together");
    store().createProduct(sku, 50, "1.00");
    Instant before = store().now().minusSeconds(2);
    List<String> placed = store().placeOrdersTogether(7, List.of(new StoreUnderTest.Line(sku, 1)));

    listedOnceInPagesOfTwo(placed, before);
  }

  /** Listed in pages of two from {@code before}: each of {@code placed} once, oldest first. */
  private void listedOnceInPagesOfTwo(List<String> placed, Instant before) {
    try (StoreConnector paged = store().factory().create(store().pagedBy(2))) {
      List<StoreOrder> listed = StoreConnectorContract.listAll(paged, before);

      List<String> ours = listed.stream().map(StoreOrder::id).filter(placed::contains).toList();
      assertThat(ours).containsExactlyInAnyOrderElementsOf(placed).doesNotHaveDuplicates();
      assertThat(listed)
          .extracting(StoreOrder::modifiedAt)
          .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }
  }

  @Test
  default void a_listing_from_after_the_last_change_has_none_of_the_older_orders() {
    String sku = store().unique("late");
    store().createProduct(sku, 5, "1.00");
    String id = store().placeOrder(List.of(new StoreUnderTest.Line(sku, 1)), true);
    StoreOrder placed = StoreConnectorContract.one(connector(), id);

    List<StoreOrder> later =
        StoreConnectorContract.listAll(connector(), placed.modifiedAt().plusSeconds(2));

    assertThat(later).extracting(StoreOrder::id).doesNotContain(id);
  }

  @Test
  default void a_variation_line_names_its_sku_and_the_variation() {
    String parent = store().unique("vord");
    store()
        .createVariable(parent, List.of(new StoreUnderTest.Variation(parent + "-M", 6)), "15.00");

    String id = store().placeOrder(List.of(new StoreUnderTest.Line(parent + "-M", 1)), true);

    StoreOrder.OrderLine line = StoreConnectorContract.one(connector(), id).lines().get(0);
    assertThat(line.sku()).isEqualTo(parent + "-M");
    assertThat(line.variationId()).isNotNull();
  }

  @Test
  default void status_changes_move_the_order_through_its_lifecycle() {
    String sku = store().unique("life");
    store().createProduct(sku, 5, "3.00");
    String id = store().placeOrder(List.of(new StoreUnderTest.Line(sku, 1)), false);
    assertThat(StoreConnectorContract.lifecycle(connector(), id)).isEqualTo(OrderLifecycle.PLACED);

    store().moveTo(id, OrderLifecycle.PAID);
    assertThat(StoreConnectorContract.lifecycle(connector(), id)).isEqualTo(OrderLifecycle.PAID);

    store().moveTo(id, OrderLifecycle.FULFILLED);
    assertThat(StoreConnectorContract.lifecycle(connector(), id))
        .isEqualTo(OrderLifecycle.FULFILLED);
  }

  @Test
  default void a_cancelled_order_is_listed_as_cancelled() {
    String sku = store().unique("cancel");
    store().createProduct(sku, 5, "3.00");
    String id = store().placeOrder(List.of(new StoreUnderTest.Line(sku, 2)), true);

    store().moveTo(id, OrderLifecycle.CANCELLED);

    StoreOrder order = StoreConnectorContract.one(connector(), id);
    assertThat(order.lifecycle().cancels()).isTrue();
  }

  @Test
  default void orders_by_id_leave_unknown_ids_out() {
    String sku = store().unique("byid");
    store().createProduct(sku, 5, "3.00");
    String id = store().placeOrder(List.of(new StoreUnderTest.Line(sku, 1)), true);

    List<StoreOrder> found = connector().ordersById(List.of(id, "999999999"));

    assertThat(found).extracting(StoreOrder::id).containsExactly(id);
  }

  @Test
  default void amounts_are_exact_decimals_as_the_store_wrote_them() {
    String sku = store().unique("money");
    store().createProduct(sku, 5, "9.95");
    String id = store().placeOrder(List.of(new StoreUnderTest.Line(sku, 3)), true);

    StoreOrder order = StoreConnectorContract.one(connector(), id);

    assertThat(order.total()).isEqualByComparingTo(new BigDecimal("29.85"));
    assertThat(order.lines().get(0).total()).isEqualByComparingTo("29.85");
  }

  private static StoreOrder find(List<StoreOrder> orders, String id) {
    return orders.stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("order " + id + " was not listed"));
  }
}
