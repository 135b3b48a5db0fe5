package dev.stockbook.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.woocommerce.WooStub.Reply;
import dev.stockbook.woocommerce.internal.Fixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrdersIT {
  private static final Instant SINCE = Instant.parse("2026-11-26T16:00:00Z");
  private final WooStub stub = new WooStub();
  private final StoreConnector store = Connect.to(stub);

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void orders_are_read_page_by_page_following_x_wp_total_pages() {
    stub.handler(
        r ->
            r.query().get("page").equals("1")
                ? Reply.page(array("order-pending-simple-and-variation.json"), 2)
                : Reply.page(array("order-created-set-paid.json"), 2));

    OrderPage first = store.ordersChangedSince(OrderCursor.since(SINCE));
    OrderPage second = store.ordersChangedSince(first.next());

    assertThat(first.more()).isTrue();
    assertThat(first.next()).isEqualTo(OrderCursor.since(SINCE).at("2"));
    assertThat(first.orders()).extracting(StoreOrder::id).containsExactly("14");
    assertThat(second.more()).isFalse();
    assertThat(second.next()).isEqualTo(OrderCursor.since(Instant.parse("2026-11-26T16:59:52Z")));
    assertThat(second.orders()).extracting(StoreOrder::id).containsExactly("15");
  }

  @Test
  void the_listing_asks_for_every_status_oldest_modification_first_in_gmt() {
    stub.handler(r -> Reply.page("[]", 0));

    OrderPage page = store.ordersChangedSince(OrderCursor.since(SINCE));

    assertThat(page.more()).isFalse();
    assertThat(page.next()).isEqualTo(OrderCursor.since(SINCE));
    WooStub.Request request = stub.journal().get(0);
    assertThat(request.path()).isEqualTo("/orders");
    assertThat(request.query())
        .containsEntry("modified_after", "2026-11-26T15:59:59")
        .containsEntry("dates_are_gmt", "true")
        .containsEntry("orderby", "modified")
        .containsEntry("order", "asc")
        .containsEntry("per_page", "100")
        .containsEntry("status", "any");
  }

  @Test
  void refunds_are_fetched_only_for_orders_that_have_refunds() {
    stub.handler(
        r ->
            r.path().equals("/orders/15/refunds")
                ? Reply.page(Fixtures.text("handmade/order-refunds.json"), 1)
                : Reply.page(
                    "["
                        + Fixtures.text("order-pending-simple-and-variation.json")
                        + ","
                        + Fixtures.text("handmade/order-with-refund.json")
                        + "]",
                    1));

    List<StoreOrder> orders = store.ordersChangedSince(OrderCursor.since(SINCE)).orders();

    assertThat(stub.journal())
        .extracting(WooStub.Request::path)
        .containsExactly("/orders", "/orders/15/refunds");
    assertThat(orders.get(0).refunds()).isEmpty();
    assertThat(orders.get(1).refunds()).hasSize(2);
    assertThat(orders.get(1).refunds().get(0).lines().get(0).quantity()).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void orders_by_id_ask_for_those_ids_in_any_status() {
    stub.handler(r -> Reply.page(array("order-created-set-paid.json"), 1));

    List<StoreOrder> orders = store.ordersById(List.of("15", "99"));

    assertThat(orders).extracting(StoreOrder::id).containsExactly("15");
    assertThat(stub.journal().get(0).query())
        .containsEntry("include", "15,99")
        .containsEntry("status", "any");
  }

  private static String array(String fixture) {
    return "[" + Fixtures.text(fixture) + "]";
  }
}
