package dev.stockbook.sim.shopify.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Relay connections the way Shopify pages them: items in sort-key order (id breaks ties), opaque
 * cursors that carry the last sort value and id (so a page boundary survives inserts and updates),
 * {@code first}/{@code after} forward and {@code last}/{@code before} backward, at most 250 per
 * page, and nothing past the 25,000th object of a listing.
 */
public final class Pages {
  public static final int MAX_PAGE = 250;
  public static final int LISTING_CAP = 25_000;

  /** The paging arguments of one connection field. */
  public record Args(Integer first, String after, Integer last, String before, boolean reverse) {}

  /** How a connection orders its items: a key (Long or String) and the id. */
  public record Order<T>(Function<T, Comparable<?>> key, ToLongFunction<T> id) {
    public static <T> Order<T> byId(ToLongFunction<T> id) {
      return new Order<>(t -> id.applyAsLong(t), id);
    }
  }

  private record Position(Comparable<?> key, long id) {}

  private Pages() {}

  /** The connection as a map (edges, nodes, pageInfo) for graphql-java's property fetchers. */
  public static <T> Map<String, Object> connection(
      List<T> items, Order<T> order, Args args, boolean bulk) {
    List<T> sorted = new ArrayList<>(items);
    Comparator<T> cmp = comparator(order);
    sorted.sort(args.reverse() ? cmp.reversed() : cmp);
    if (bulk) {
      return page(sorted, order, false, false);
    }
    if (sorted.size() > LISTING_CAP) {
      sorted = sorted.subList(0, LISTING_CAP);
    }
    int from =
        args.after() == null ? 0 : boundary(sorted, order, decode(args.after()), args, false);
    int to =
        args.before() == null
            ? sorted.size()
            : boundary(sorted, order, decode(args.before()), args, true);
    to = Math.max(from, to);
    int start = from;
    int end = to;
    if (args.first() != null) {
      end = Math.min(end, start + args.first());
    }
    if (args.last() != null) {
      start = Math.max(start, end - args.last());
    }
    return page(sorted.subList(start, end), order, start > 0, end < sorted.size());
  }

  /** First index past the cursor (or at it, when {@code inclusive}) in the listing's direction. */
  private static <T> int boundary(
      List<T> sorted, Order<T> order, Position p, Args args, boolean inclusive) {
    for (int i = 0; i < sorted.size(); i++) {
      int c = comparePosition(order, sorted.get(i), p) * (args.reverse() ? -1 : 1);
      if (c > 0 || inclusive && c == 0) {
        return i;
      }
    }
    return sorted.size();
  }

  private static <T> Map<String, Object> page(
      List<T> slice, Order<T> order, boolean hasPrevious, boolean hasNext) {
    List<Map<String, Object>> edges = new ArrayList<>();
    for (T item : slice) {
      Map<String, Object> edge = new LinkedHashMap<>();
      edge.put("cursor", encode(order, item));
      edge.put("node", item);
      edges.add(edge);
    }
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("hasNextPage", hasNext);
    info.put("hasPreviousPage", hasPrevious);
    info.put("startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"));
    info.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
    Map<String, Object> connection = new LinkedHashMap<>();
    connection.put("edges", edges);
    connection.put("nodes", List.copyOf(slice));
    connection.put("pageInfo", info);
    return connection;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> Comparator<T> comparator(Order<T> order) {
    Comparator<T> byKey =
        (a, b) -> ((Comparable) order.key().apply(a)).compareTo(order.key().apply(b));
    return byKey.thenComparingLong(order.id());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> int comparePosition(Order<T> order, T item, Position p) {
    Comparable key = order.key().apply(item);
    int c = key.getClass() == p.key().getClass() ? key.compareTo(p.key()) : 0;
    return c != 0 ? c : Long.compare(order.id().applyAsLong(item), p.id());
  }

  private static <T> String encode(Order<T> order, T item) {
    Map<String, Object> cursor = new LinkedHashMap<>();
    cursor.put("last_id", order.id().applyAsLong(item));
    cursor.put("last_value", order.key().apply(item));
    return Base64.getEncoder().encodeToString(Json.bytes(cursor));
  }

  private static Position decode(String cursor) {
    try {
      var node = Json.read(Base64.getDecoder().decode(cursor));
      var value = node.path("last_value");
      Comparable<?> key = value.isNumber() ? (Comparable<?>) value.asLong() : value.asText();
      return new Position(key, node.path("last_id").asLong());
    } catch (Exception e) {
      throw new ShopifyError("BAD_REQUEST", "Invalid cursor for current pagination sort.");
    }
  }
}
