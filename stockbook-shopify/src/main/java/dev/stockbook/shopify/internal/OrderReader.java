package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.UnreadableOrder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads orders: changed since a cursor ({@code orders(query:"updated_at:>=...", sortKey:
 * UPDATED_AT)}, Shopify's end cursor as the position), or by id ({@code nodes(ids:)}).
 */
public final class OrderReader {
  private final GraphQl http;
  private final AccessScopes access;
  private final OrderCompleter completer;
  private final int perPage;

  public OrderReader(GraphQl http, AccessScopes access, int pageSize) {
    this.http = http;
    this.access = access;
    this.completer = new OrderCompleter(http);
    this.perPage = QueryBudget.ordersPerPage(pageSize);
  }

  public OrderPage changedSince(OrderCursor cursor) {
    access.require();
    ObjectNode vars = sizes(http.variables().put("first", perPage)).put("query", query(cursor));
    vars.put("after", cursor.position());
    String what = "reading orders changed since " + cursor.modifiedSince();
    // The first page fails at once when throttled (nothing is lost: the next turn asks again);
    // a later one waits for the bucket, as the engine reads every page before it moves its cursor.
    JsonNode listing =
        (cursor.position() == null
                ? http.data(what, Documents.ORDERS_CHANGED, vars)
                : http.dataWaiting(what, Documents.ORDERS_CHANGED, vars))
            .path("orders");
    List<StoreOrder> orders = new ArrayList<>();
    List<UnreadableOrder> unreadable = new ArrayList<>();
    listing.path("nodes").forEach(o -> mapOne(o, orders, unreadable));
    JsonNode page = listing.path("pageInfo");
    if (page.path("hasNextPage").asBoolean(false) && page.path("endCursor").isTextual()) {
      return new OrderPage(orders, cursor.at(page.path("endCursor").asText()), true, unreadable);
    }
    return new OrderPage(
        orders, OrderCursor.since(newest(cursor, orders, unreadable)), false, unreadable);
  }

  /**
   * Shopify's timestamps are whole seconds and {@code >=} keeps the cursor's own second, so "at or
   * after" holds for an instant with a fraction too.
   */
  static String query(OrderCursor cursor) {
    Instant from = cursor.modifiedSince().truncatedTo(ChronoUnit.SECONDS);
    return "updated_at:>='" + DateTimeFormatter.ISO_INSTANT.format(from) + "'";
  }

  public List<StoreOrder> byId(Collection<String> ids) {
    access.require();
    List<String> gids =
        ids.stream().filter(Gids::isNumeric).distinct().map(id -> Gids.of("Order", id)).toList();
    List<StoreOrder> orders = new ArrayList<>();
    for (int from = 0; from < gids.size(); from += perPage) {
      List<String> chunk = gids.subList(from, Math.min(gids.size(), from + perPage));
      ObjectNode vars = sizes(http.variables());
      chunk.forEach(vars.putArray("ids")::add);
      JsonNode nodes = http.data("reading orders by id", Documents.ORDERS_BY_ID, vars);
      nodes.path("nodes").forEach(o -> mapKnown(o, orders));
    }
    return orders;
  }

  /** An id Shopify does not know (or hides) answers null: left out, as the contract says. */
  private void mapKnown(JsonNode order, List<StoreOrder> orders) {
    if (order.isObject() && order.has("id")) {
      mapOne(order, orders, new ArrayList<>());
    }
  }

  /** Maps one order; one that cannot be understood is reported, never allowed to stop others. */
  private void mapOne(JsonNode order, List<StoreOrder> orders, List<UnreadableOrder> unreadable) {
    try {
      completer.complete(order);
      orders.add(OrderMapper.map(order));
    } catch (RetriableStoreException | PermanentStoreException e) {
      throw e;
    } catch (RuntimeException e) {
      String id = Objects.requireNonNullElse(Json.id(order, "id"), "?");
      String name = OrderMapper.number(order);
      unreadable.add(
          new UnreadableOrder(
              id,
              name.isEmpty() ? id : name,
              updatedOrNull(order),
              String.valueOf(e.getMessage())));
    }
  }

  private static Instant updatedOrNull(JsonNode order) {
    try {
      return Json.instant(order, "updatedAt");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static ObjectNode sizes(ObjectNode vars) {
    return vars.put("lines", QueryBudget.LINES)
        .put("refundLines", QueryBudget.REFUND_LINES)
        .put("shippingLines", QueryBudget.SHIPPING_LINES);
  }

  private static Instant newest(
      OrderCursor cursor, List<StoreOrder> orders, List<UnreadableOrder> unreadable) {
    return Stream.concat(
            orders.stream().map(StoreOrder::modifiedAt),
            unreadable.stream().map(UnreadableOrder::modifiedAt))
        .filter(Objects::nonNull)
        .max(Instant::compareTo)
        .filter(i -> i.isAfter(cursor.modifiedSince()))
        .orElse(cursor.modifiedSince());
  }
}
