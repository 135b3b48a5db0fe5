package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.StoreProduct;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads products and variations, by SKU or all of them. */
public final class ProductReader {
  /** SKUs per {@code ?sku=} request, so URLs stay well below common 8 KB limits. */
  static final int SKUS_PER_REQUEST = 50;

  private final WooHttp http;

  public ProductReader(WooHttp http) {
    this.http = http;
  }

  /** {@code ?sku=A,B} matches products and variations exactly. */
  public List<StoreProduct> bySku(Collection<String> skus) {
    List<String> wanted = skus.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
    List<StoreProduct> out = new ArrayList<>();
    for (List<String> chunk : Chunks.of(wanted, SKUS_PER_REQUEST)) {
      Query query = Query.empty().with("sku", String.join(",", chunk));
      Pages.all(http, "/products", query).forEach(p -> addWithSku(out, p));
    }
    return out;
  }

  /** Every product, plus the variations of each variable product, that carries a SKU. */
  public List<StoreProduct> all() {
    List<StoreProduct> out = new ArrayList<>();
    Pages.each(http, "/products", Query.empty(), product -> {
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
