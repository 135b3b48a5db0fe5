package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every page of a WooCommerce collection, stepping {@code page} up to X-WP-TotalPages, sorted
 * by id: WooCommerce's default sort (by date, to the second) leaves rows of the same second in
 * MySQL's order, which may differ from page to page, so paging by it can list a row twice and
 * another not at all.
 */
final class Pages {
  static final int PER_PAGE = 100;

  private Pages() {}

  static List<JsonNode> all(WooHttp http, String path, Query query) {
    List<JsonNode> items = new ArrayList<>();
    each(http, path, query, items::add);
    return items;
  }

  /**
   * Hands each item to {@code each} page by page: a caller that keeps less than the JSON (the full
   * catalog of 100,000 products) holds one page of it at a time, not all of them.
   */
  static void each(
      WooHttp http, String path, Query query, java.util.function.Consumer<JsonNode> each) {
    int page = 1;
    int totalPages;
    do {
      WooResponse response =
          http.get(
              path,
              query
                  .with("orderby", "id")
                  .with("order", "asc")
                  .with("per_page", PER_PAGE)
                  .with("page", page));
      response.body().forEach(each);
      totalPages = response.totalPages();
      page++;
    } while (page <= totalPages);
  }
}
