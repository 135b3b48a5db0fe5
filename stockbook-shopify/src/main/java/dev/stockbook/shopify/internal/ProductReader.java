package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.StoreProduct;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads variants, by SKU or all of them. By SKU, one query asks for many SKUs at once, each as an
 * aliased {@code productVariants(query: "sku:...")} connection (aliases work on every store;
 * Shopify's search syntax also has OR, which the simulator lacks), and keeps exact matches only.
 * Shopify does not make SKUs unique: up to {@link QueryBudget#VARIANTS_PER_SKU} variants sharing a
 * SKU are all reported.
 *
 * <p>All of them (the engine's sweep) can be more than the shop's bucket holds: 10,000 variants ask
 * for about 50,000 points, 8 minutes of the Standard plan's restore. A page answered THROTTLED is
 * therefore waited for ({@link GraphQl#dataWaiting}) instead of failing the whole read and starting
 * over next turn.
 */
public final class ProductReader {
  private final GraphQl http;
  private final AccessScopes access;
  private final PublishingLocation location;
  private final int perPage;

  public ProductReader(
      GraphQl http, AccessScopes access, PublishingLocation location, int pageSize) {
    this.http = http;
    this.access = access;
    this.location = location;
    this.perPage = QueryBudget.variantsPerPage(pageSize);
  }

  public List<StoreProduct> bySku(Collection<String> skus) {
    List<String> wanted = skus.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
    if (wanted.isEmpty()) {
      return List.of();
    }
    access.require();
    PublishingLocation.Place at = location.get();
    List<StoreProduct> out = new ArrayList<>();
    for (int from = 0; from < wanted.size(); from += QueryBudget.SKUS_PER_QUERY) {
      List<String> chunk =
          wanted.subList(from, Math.min(wanted.size(), from + QueryBudget.SKUS_PER_QUERY));
      ObjectNode vars = http.variables().put("location", at.gid());
      for (int i = 0; i < chunk.size(); i++) {
        vars.put("q" + i, "sku:" + quoted(chunk.get(i)));
      }
      JsonNode data = http.data("looking up SKUs", bySkuDocument(chunk.size()), vars);
      for (int i = 0; i < chunk.size(); i++) {
        String sku = chunk.get(i);
        data.path("s" + i).path("nodes").forEach(v -> addExact(out, v, sku, at));
      }
    }
    return out;
  }

  /**
   * {@code query VariantsBySku($location: ID!, $q0: String!, ...) { s0: productVariants(...) }}.
   */
  static String bySkuDocument(int skus) {
    StringBuilder params = new StringBuilder("$location: ID!");
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < skus; i++) {
      params.append(", $q").append(i).append(": String!");
      fields
          .append("  s")
          .append(i)
          .append(": productVariants(first: ")
          .append(QueryBudget.VARIANTS_PER_SKU)
          .append(", query: $q")
          .append(i)
          .append(") { nodes { ...VariantFields } }\n");
    }
    return "query VariantsBySku(" + params + ") {\n" + fields + "}\n" + Documents.VARIANT_FIELDS;
  }

  /** A search value in double quotes, with {@code "} and {@code \} escaped by a backslash. */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Every variant that carries a SKU, page by page. */
  public List<StoreProduct> all() {
    access.require();
    PublishingLocation.Place at = location.get();
    List<StoreProduct> out = new ArrayList<>();
    String after = null;
    do {
      ObjectNode vars = http.variables().put("first", perPage).put("location", at.gid());
      vars.put("after", after);
      JsonNode listing =
          http.dataWaiting("reading the catalogue", Documents.VARIANTS, vars)
              .path("productVariants");
      for (JsonNode variant : listing.path("nodes")) {
        if (!Json.text(variant, "sku").isBlank()) {
          out.add(ProductMapper.map(variant, at.id()));
        }
      }
      JsonNode page = listing.path("pageInfo");
      after =
          page.path("hasNextPage").asBoolean(false) ? page.path("endCursor").asText(null) : null;
    } while (after != null);
    return out;
  }

  private static void addExact(
      List<StoreProduct> out, JsonNode variant, String sku, PublishingLocation.Place at) {
    if (sku.equals(Json.text(variant, "sku"))) {
      out.add(ProductMapper.map(variant, at.id()));
    }
  }
}
