package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import dev.stockbook.store.UnreadableOrder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Reads orders: changed since a cursor, or by id; fetches refund details where needed. */
public final class OrderReader {
  /** Always with seconds: {@code LocalDateTime.toString()} drops them at :00. */
  private static final java.time.format.DateTimeFormatter WOO_DATE =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final WooHttp http;
  private final int pageSize;

  public OrderReader(WooHttp http, int pageSize) {
    this.http = http;
    this.pageSize = pageSize;
  }

  public OrderPage changedSince(OrderCursor cursor) {
    WooResponse response = http.get("/orders", changedQuery(cursor, pageSize));
    List<StoreOrder> orders = new ArrayList<>();
    List<UnreadableOrder> unreadable = new ArrayList<>();
    response.body().forEach(order -> mapOne(order, orders, unreadable));
    int page = page(cursor);
    if (page < response.totalPages()) {
      return new OrderPage(orders, cursor.at(String.valueOf(page + 1)), true, unreadable);
    }
    Instant newest =
        Stream.concat(
                orders.stream().map(StoreOrder::modifiedAt),
                unreadable.stream().map(UnreadableOrder::modifiedAt))
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(cursor.modifiedSince());
    return new OrderPage(orders, OrderCursor.since(newest), false, unreadable);
  }

  /**
   * Maps one order; an order that cannot be understood is reported, never allowed to stop the
   * others.
   */
  private void mapOne(JsonNode order, List<StoreOrder> orders, List<UnreadableOrder> unreadable) {
    try {
      orders.add(OrderMapper.map(order, refunds(order)));
    } catch (RuntimeException e) {
      if (e instanceof dev.stockbook.store.RetriableStoreException) {
        throw e;
      }
      String id = order.path("id").asText("?");
      String number = order.path("number").asText(id);
      Instant modified = null;
      try {
        modified =
            LocalDateTime.parse(order.path("date_modified_gmt").asText()).toInstant(ZoneOffset.UTC);
      } catch (RuntimeException unparsable) {
        modified = null;
      }
      unreadable.add(new UnreadableOrder(id, number, modified, String.valueOf(e.getMessage())));
    }
  }

  /**
   * WooCommerce's {@code modified_after} is strictly after, at whole seconds; the contract says at
   * or after. Asking from one second earlier keeps orders modified in the cursor's own second.
   */
  static Query changedQuery(OrderCursor cursor, int pageSize) {
    Instant from = cursor.modifiedSince().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
    return Query.empty()
        .with("modified_after", WOO_DATE.format(LocalDateTime.ofInstant(from, ZoneOffset.UTC)))
        .with("dates_are_gmt", "true")
        .with("orderby", "modified")
        .with("order", "asc")
        .with("per_page", pageSize)
        .with("page", page(cursor))
        .with("status", "any");
  }

  /** The cursor's position is the page number of the listing (1 at its start). */
  static int page(OrderCursor cursor) {
    return cursor.atStart() ? 1 : Integer.parseInt(cursor.position());
  }

  public List<StoreOrder> byId(Collection<String> ids) {
    List<StoreOrder> orders = new ArrayList<>();
    for (List<String> chunk : Chunks.of(List.copyOf(ids), Pages.PER_PAGE)) {
      Query query = Query.empty().with("include", String.join(",", chunk)).with("status", "any");
      orders.addAll(mapAll(Pages.all(http, "/orders", query)));
    }
    return orders;
  }

  /**
   * Readable orders; an unreadable one is left out here (the changed-orders listing reports it).
   */
  private List<StoreOrder> mapAll(Iterable<JsonNode> orders) {
    List<StoreOrder> out = new ArrayList<>();
    orders.forEach(order -> mapOne(order, out, new ArrayList<>()));
    return out;
  }

  private List<StoreRefund> refunds(JsonNode order) {
    if (order.path("refunds").isEmpty()) {
      return List.of();
    }
    String path = "/orders/" + Json.text(order, "id") + "/refunds";
    List<JsonNode> refunds = Pages.all(http, path, Query.empty());
    return Json.list(refunds, refund -> RefundMapper.map(refund, order));
  }
}
