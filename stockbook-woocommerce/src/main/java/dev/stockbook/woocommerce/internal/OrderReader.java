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

  /**
   * One page of the orders changed since the cursor, oldest modification first, each order once.
   *
   * <p>WooCommerce sorts by modification to the second and leaves the order of orders modified in
   * the same second to MySQL, which may give another order on every page: the HPOS store listed one
   * order twice and left another out when pages of two were read by number. So the listing never
   * pages by number over that sort. Each page is the first page from the first second not yet
   * returned; when more pages follow, the page's last second may be cut, so only the seconds before
   * it are returned and the next page starts at that second. A page that is one second throughout
   * (more orders in one second than a page holds) has that second read alone, sorted by id (unique,
   * so page numbers are stable), and the listing goes on after it. An order modified meanwhile
   * moves to a later second and is listed there; one it pushes across a page boundary of a second
   * read by id is listed again by the engine's overlap.
   */
  public OrderPage changedSince(OrderCursor cursor) {
    Position at = Position.of(cursor);
    List<JsonNode> rows = new ArrayList<>();
    WooResponse response = http.get("/orders", at.query(cursor, pageSize));
    response.body().forEach(rows::add);
    Instant cut = lastSecond(rows);
    Position next = null;
    if (at.second() != null) {
      next =
          at.page() < response.totalPages()
              ? Position.within(at.second(), at.page() + 1)
              : Position.from(at.second().plusSeconds(1));
    } else if (response.totalPages() > 1 && cut != null) {
      rows.removeIf(row -> !cut.isAfter(secondOf(row, Instant.EPOCH)));
      next = rows.isEmpty() ? Position.within(cut, 1) : Position.from(cut);
    }
    List<StoreOrder> orders = new ArrayList<>();
    List<UnreadableOrder> unreadable = new ArrayList<>();
    rows.forEach(order -> mapOne(order, orders, unreadable));
    if (next != null) {
      return new OrderPage(orders, cursor.at(next.encoded()), true, unreadable);
    }
    Instant newest =
        Stream.concat(
                Stream.of(at.covered(cursor)),
                Stream.concat(
                    orders.stream().map(StoreOrder::modifiedAt),
                    unreadable.stream().map(UnreadableOrder::modifiedAt)))
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElseThrow();
    return new OrderPage(orders, OrderCursor.since(newest), false, unreadable);
  }

  /** The second of the last row that has a readable modification date, or null. */
  private static Instant lastSecond(List<JsonNode> rows) {
    Instant last = null;
    for (JsonNode row : rows) {
      Instant at = secondOf(row, null);
      if (at != null && (last == null || at.isAfter(last))) {
        last = at;
      }
    }
    return last;
  }

  /** The row's modification to the second, or {@code otherwise} when it cannot be read. */
  private static Instant secondOf(JsonNode row, Instant otherwise) {
    Instant modified = modifiedGmt(row);
    return modified == null ? otherwise : modified.truncatedTo(ChronoUnit.SECONDS);
  }

  private static Instant modifiedGmt(JsonNode row) {
    try {
      return LocalDateTime.parse(row.path("date_modified_gmt").asText()).toInstant(ZoneOffset.UTC);
    } catch (RuntimeException unparsable) {
      return null;
    }
  }

  /**
   * Where in a listing the next page starts: at its start, at a second (the first not yet
   * returned), or on a page of one second's orders sorted by id. Encoded in the cursor's position
   * as {@code from:S} or {@code second:S:P} (S in epoch seconds); anything else is the listing's
   * start.
   */
  record Position(Instant from, Instant second, int page) {
    static final Position START = new Position(null, null, 0);

    static Position from(Instant second) {
      return new Position(second, null, 0);
    }

    static Position within(Instant second, int page) {
      return new Position(null, second, page);
    }

    static Position of(OrderCursor cursor) {
      String[] parts = cursor.atStart() ? new String[0] : cursor.position().split(":");
      try {
        if (parts.length == 2 && parts[0].equals("from")) {
          return from(Instant.ofEpochSecond(Long.parseLong(parts[1])));
        }
        if (parts.length == 3 && parts[0].equals("second")) {
          return within(
              Instant.ofEpochSecond(Long.parseLong(parts[1])), Integer.parseInt(parts[2]));
        }
      } catch (NumberFormatException unknown) {
        return START;
      }
      return START;
    }

    String encoded() {
      return second != null
          ? "second:" + second.getEpochSecond() + ":" + page
          : "from:" + from.getEpochSecond();
    }

    /**
     * The latest modification the listing has read in full before this page: the second before
     * {@code from} (later orders of that second may have come since), or the cursor's start.
     */
    Instant covered(OrderCursor cursor) {
      return from != null ? from.minusSeconds(1) : cursor.modifiedSince();
    }

    /**
     * WooCommerce's {@code modified_after} and {@code modified_before} are strict, at whole
     * seconds; the contract says at or after. So a page from a second asks from the second before
     * it, and one second is asked for as after the second before it and before the one after.
     */
    Query query(OrderCursor cursor, int pageSize) {
      Instant start =
          second != null
              ? second
              : from != null ? from : cursor.modifiedSince().truncatedTo(ChronoUnit.SECONDS);
      Query query =
          Query.empty()
              .with(
                  "modified_after",
                  WOO_DATE.format(LocalDateTime.ofInstant(start.minusSeconds(1), ZoneOffset.UTC)));
      if (second != null) {
        query =
            query.with(
                "modified_before",
                WOO_DATE.format(LocalDateTime.ofInstant(second.plusSeconds(1), ZoneOffset.UTC)));
      }
      return query
          .with("dates_are_gmt", "true")
          .with("orderby", second != null ? "id" : "modified")
          .with("order", "asc")
          .with("per_page", pageSize)
          .with("page", second != null ? page : 1)
          .with("status", "any");
    }
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
      unreadable.add(
          new UnreadableOrder(id, number, modifiedGmt(order), String.valueOf(e.getMessage())));
    }
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
