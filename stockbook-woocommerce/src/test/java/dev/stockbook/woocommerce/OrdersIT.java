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
  void a_page_ends_before_its_last_second_which_is_read_by_id_when_it_fills_a_page() {
    Instant last = Instant.parse("2026-11-26T16:59:52Z");
    String both =
        "["
            + Fixtures.text("order-pending-simple-and-variation.json")
            + ","
            + Fixtures.text("order-created-set-paid.json")
            + "]";
    stub.handler(
        r -> {
          if (r.query().get("orderby").equals("id")) {
            return Reply.page(array("order-created-set-paid.json"), 1);
          }
          return switch (r.query().get("modified_after")) {
            case "2026-11-26T15:59:59" -> Reply.page(both, 2);
            case "2026-11-26T16:59:51" -> Reply.page(array("order-created-set-paid.json"), 2);
            default -> Reply.page("[]", 0);
          };
        });

    OrderPage first = store.ordersChangedSince(OrderCursor.since(SINCE));
    OrderPage second = store.ordersChangedSince(first.next());
    OrderPage third = store.ordersChangedSince(second.next());
    OrderPage fourth = store.ordersChangedSince(third.next());

    // More pages follow, so order 15's second may be cut: the next page starts at it. That page is
    // one second throughout, so the second is read alone by id, and the listing goes on after it.
    assertThat(first.orders()).extracting(StoreOrder::id).containsExactly("14");
    assertThat(second.orders()).isEmpty();
    assertThat(third.orders()).extracting(StoreOrder::id).containsExactly("15");
    assertThat(List.of(first.more(), second.more(), third.more(), fourth.more()))
        .containsExactly(true, true, true, false);
    assertThat(fourth.orders()).isEmpty();
    assertThat(fourth.next()).isEqualTo(OrderCursor.since(last));
    assertThat(stub.journal())
        .extracting(r -> r.query().get("modified_after") + " " + r.query().get("orderby"))
        .containsExactly(
            "2026-11-26T15:59:59 modified",
            "2026-11-26T16:59:51 modified",
            "2026-11-26T16:59:51 id",
            "2026-11-26T16:59:52 modified");
    assertThat(stub.journal().get(2).query())
        .containsEntry("modified_before", "2026-11-26T16:59:53")
        .containsEntry("page", "1");
    assertThat(stub.journal()).allSatisfy(r -> assertThat(r.query()).containsEntry("page", "1"));
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
