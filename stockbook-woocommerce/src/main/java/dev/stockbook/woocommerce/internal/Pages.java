package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads every page of a WooCommerce collection, stepping {@code page} up to X-WP-TotalPages. */
final class Pages {
  static final int PER_PAGE = 100;

  private Pages() {}

  static List<JsonNode> all(WooHttp http, String path, Query query) {
    List<JsonNode> items = new ArrayList<>();
    int page = 1;
    int totalPages;
    do {
      WooResponse response = http.get(path, query.with("per_page", PER_PAGE).with("page", page));
      response.body().forEach(items::add);
      totalPages = response.totalPages();
      page++;
    } while (page <= totalPages);
    return items;
  }
}
