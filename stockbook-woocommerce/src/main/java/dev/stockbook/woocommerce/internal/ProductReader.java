package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.StoreProduct;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads products and variations, by SKU or all of them. */
public final class ProductReader {
  /**
   * SKUs per {@code ?sku=} request: one full page ({@code per_page=100}, WooCommerce's maximum).
   */
  static final int SKUS_PER_REQUEST = Pages.PER_PAGE;

  /**
   * Encoded characters of one request's SKU list, so URLs stay well below the common 8 KB limit of
   * web servers and proxies even when SKUs are long.
   */
  static final int SKU_CHARS_PER_REQUEST = 6000;

  private final WooHttp http;

  public ProductReader(WooHttp http) {
    this.http = http;
  }

  /** {@code ?sku=A,B} matches products and variations exactly. */
  public List<StoreProduct> bySku(Collection<String> skus) {
    List<String> wanted = skus.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
    List<StoreProduct> out = new ArrayList<>();
    for (List<String> chunk : chunks(wanted)) {
      Query query = Query.empty().with("sku", String.join(",", chunk));
      Pages.all(http, "/products", query).forEach(p -> addWithSku(out, p));
    }
    return out;
  }

  /**
   * Splits the SKUs into lists of at most 100 whose encoded, comma-joined form fits the URL budget.
   * SKUs are unique across products and variations, so each list's answer is one page.
   */
  static List<List<String>> chunks(List<String> skus) {
    List<List<String>> out = new ArrayList<>();
    List<String> chunk = new ArrayList<>();
    int chars = 0;
    for (String sku : skus) {
      int length = Rfc3986.encode(sku).length() + 3; // "%2C"
      if (!chunk.isEmpty()
          && (chunk.size() == SKUS_PER_REQUEST || chars + length > SKU_CHARS_PER_REQUEST)) {
        out.add(List.copyOf(chunk));
        chunk.clear();
        chars = 0;
      }
      chunk.add(sku);
      chars += length;
    }
    if (!chunk.isEmpty()) {
      out.add(List.copyOf(chunk));
    }
    return out;
  }

  /** Every product, plus the variations of each variable product, that carries a SKU. */
  public List<StoreProduct> all() {
    List<StoreProduct> out = new ArrayList<>();
    Pages.each(
        http,
        "/products",
        Query.empty(),
        product -> {
          addWithSku(out, product);
          if ("variable".equals(Json.text(product, "type"))) {
            String path = "/products/" + Json.text(product, "id") + "/variations";
            Pages.each(http, path, Query.empty(), v -> addWithSku(out, withParent(v, product)));
          }
        });
    return out;
  }

  /** Variation JSON from the variations route always has parent_id; make sure of it. */
  private static JsonNode withParent(JsonNode variation, JsonNode parent) {
    if (variation.hasNonNull("parent_id") && variation.path("parent_id").asLong() != 0) {
      return variation;
    }
    return ((ObjectNode) variation.deepCopy())
        .put("parent_id", parent.path("id").asLong())
        .put("type", "variation");
  }

  private static void addWithSku(List<StoreProduct> out, JsonNode product) {
    if (!Json.text(product, "sku").isBlank()) {
      out.add(ProductMapper.map(product));
    }
  }
}
