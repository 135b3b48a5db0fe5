package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stockbook.sim.common.SimRequest;
import dev.stockbook.sim.common.SimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collection paging as WC_REST_CRUD_Controller does it: {@code page}, {@code per_page} (1..100,
 * default 10), {@code offset}, {@code X-WP-Total}, {@code X-WP-TotalPages} and a {@code Link}
 * header with prev/next only, built from the request's own query args.
 */
public final class Listing {
  final int page;
  final int perPage;
  final Integer offset;
  final boolean ascending;
  final String orderby;

  private Listing(int page, int perPage, Integer offset, boolean ascending, String orderby) {
    this.page = page;
    this.perPage = perPage;
    this.offset = offset;
    this.ascending = ascending;
    this.orderby = orderby;
  }

  /** Reads and validates the paging params; further problems may be added to {@code bad}. */
  public static Listing parse(SimRequest request, List<String> orderbys, InvalidParams bad) {
    int page = integer(request, "page", 1, bad);
    int perPage = integer(request, "per_page", 10, bad);
    if (request.param("page") != null && page < 1) {
      bad.tooSmall("page", 1);
    }
    if (perPage < 1 || perPage > 100) {
      bad.outOfBounds("per_page", 1, 100);
    }
    Integer offset = request.param("offset") == null ? null : integer(request, "offset", 0, bad);
    String order = request.param("order") == null ? "desc" : request.param("order");
    if (!List.of("asc", "desc").contains(order)) {
      bad.notInEnum("order", order, List.of("asc", "desc"));
    }
    String orderby = request.param("orderby") == null ? "date" : request.param("orderby");
    if (!orderbys.contains(orderby)) {
      bad.notInEnum("orderby", orderby, orderbys);
    }
    return new Listing(page, perPage, offset, "asc".equals(order), orderby);
  }

  private static int integer(SimRequest request, String name, int fallback, InvalidParams bad) {
    String value = request.param(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      bad.notType(name, "integer");
      return fallback;
    }
  }

  /** The LIMIT of the query this page is: the rows up to its end. */
  long rowLimit() {
    return (long) (offset != null ? offset : (page - 1) * perPage) + perPage;
  }

  /** The page of {@code items} (already filtered and sorted) as a 200 with the paging headers. */
  public <T> SimResponse respond(
      SimRequest request, String collectionUrl, List<T> items, Function<T, Object> render) {
    int total = items.size();
    int start = offset != null ? offset : (page - 1) * perPage;
    ArrayNode body = WpJson.array();
    for (int i = Math.max(0, start); i < Math.min(total, start + perPage); i++) {
      body.addPOJO(render.apply(items.get(i)));
    }
    int totalPages = (int) Math.ceil(total / (double) perPage);
    SimResponse response =
        SimResponse.json(200, WpJson.bytes(body))
            .withHeader("X-WP-Total", String.valueOf(total))
            .withHeader("X-WP-TotalPages", String.valueOf(totalPages))
            .withHeader("Access-Control-Expose-Headers", "X-WP-Total, X-WP-TotalPages, Link");
    List<String> links = new ArrayList<>();
    if (page > 1) {
      links.add(
          "<"
              + pageUrl(request, collectionUrl, Math.min(page - 1, Math.max(totalPages, 1)))
              + ">; rel=\"prev\"");
    }
    if (totalPages > page) {
      links.add("<" + pageUrl(request, collectionUrl, page + 1) + ">; rel=\"next\"");
    }
    return links.isEmpty() ? response : response.withHeader("Link", String.join(", ", links));
  }

  /**
   * add_query_arg('page', n, base): the request's query with page replaced in place or appended.
   */
  static String pageUrl(SimRequest request, String collectionUrl, int page) {
    List<String> parts = new ArrayList<>();
    boolean replaced = false;
    for (String pair : request.rawQuery().split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      if (pair.startsWith("page=")) {
        parts.add("page=" + page);
        replaced = true;
      } else {
        parts.add(pair);
      }
    }
    if (!replaced) {
      parts.add("page=" + page);
    }
    return collectionUrl + "?" + String.join("&", parts);
  }
}
