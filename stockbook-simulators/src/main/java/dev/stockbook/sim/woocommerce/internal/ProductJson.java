package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Optional;

/** Renders products and variations over the captured templates. */
public final class ProductJson {
  private final Store store;
  private final Catalog catalog;

  public ProductJson(Store store, Catalog catalog) {
    this.store = store;
    this.catalog = catalog;
  }

  /** As {@code /products} writes it (also for a variation found by SKU: type "variation"). */
  public ObjectNode product(Product p, boolean editContext) {
    ObjectNode out = Templates.copy(Templates.PRODUCT);
    out.setAll(p.extra);
    out.put("id", p.id)
        .put("name", displayName(p))
        .put("slug", p.isVariation() ? ProductWriter.slugOf(displayName(p)) : p.slug);
    out.put("permalink", permalink(p));
    dates(out, p);
    out.put("type", p.type).put("status", p.status).put("sku", p.sku);
    prices(out, p);
    out.put("total_sales", p.totalSales);
    stock(out, p);
    out.put("parent_id", p.parentId);
    out.set("attributes", p.isVariation() ? variationAttributes(p) : p.attributes.deepCopy());
    out.set("variations", ids(p.variations));
    out.set("grouped_products", ids(p.groupedProducts));
    out.put("has_options", "variable".equals(p.type));
    if (p.isVariation()) {
      out.put("total_sales", String.valueOf(p.totalSales))
          .put("average_rating", "0.00")
          .put("reviews_allowed", false);
      out.set("categories", WpJson.array());
    }
    out.put("stock_status", catalog.effectiveStatus(p));
    if (editContext && !p.isVariation()) {
      out.put("permalink_template", store.siteUrl + "/product/%pagename%/")
          .put("generated_slug", p.slug);
    } else {
      out.remove("permalink_template");
      out.remove("generated_slug");
    }
    out.set(
        "_links",
        links(
            "/products/" + p.id, "/products", p.isVariation() ? "/products/" + p.parentId : null));
    return out;
  }

  /** As {@code /products/{id}/variations} writes it. */
  public ObjectNode variation(Product v) {
    ObjectNode out = Templates.copy(Templates.VARIATION);
    out.setAll(v.extra);
    out.put("id", v.id);
    dates(out, v);
    out.put("permalink", permalink(v)).put("sku", v.sku);
    prices(out, v);
    out.put("status", v.status);
    stock(out, v);
    out.put("stock_status", catalog.effectiveStatus(v));
    out.set("attributes", variationAttributes(v));
    out.put("name", optionNames(v)).put("parent_id", v.parentId);
    out.set(
        "_links",
        links(
            "/products/" + v.parentId + "/variations/" + v.id,
            "/products/" + v.parentId + "/variations",
            "/products/" + v.parentId));
    return out;
  }

  private void dates(ObjectNode out, Product p) {
    out.put("date_created", store.time.local(p.created))
        .put("date_created_gmt", store.time.gmt(p.created));
    out.put("date_modified", store.time.local(p.modified))
        .put("date_modified_gmt", store.time.gmt(p.modified));
  }

  private void prices(ObjectNode out, Product p) {
    String price = "variable".equals(p.type) ? minChildPrice(p) : p.price();
    out.put("price", price).put("regular_price", p.regularPrice).put("sale_price", p.salePrice);
    out.put("on_sale", !p.salePrice.isEmpty());
    out.put("purchasable", !price.isEmpty());
    if (out.has("price_html")) {
      out.put("price_html", price.isEmpty() ? "" : priceHtml(price));
    }
  }

  private void stock(ObjectNode out, Product p) {
    Optional<Product> parent =
        p.isVariation() && !p.manageStock
            ? catalog.find(p.parentId).filter(x -> x.manageStock)
            : Optional.empty();
    if (parent.isPresent()) {
      out.put("manage_stock", "parent");
      putQuantity(out, parent.get().stockQuantity);
    } else {
      out.put("manage_stock", p.manageStock);
      putQuantity(out, p.manageStock ? p.stockQuantity : null);
    }
    Product owner = parent.orElse(p);
    boolean allowed = !"no".equals(owner.backorders);
    out.put("backorders", p.backorders).put("backorders_allowed", allowed);
    out.put(
        "backordered",
        allowed && owner.manageStock && owner.stockQuantity != null && owner.stockQuantity <= 0);
  }

  private static void putQuantity(ObjectNode out, Long quantity) {
    if (quantity == null) {
      out.putNull("stock_quantity");
    } else {
      out.put("stock_quantity", quantity);
    }
  }

  private String minChildPrice(Product p) {
    return p.variations.stream()
        .map(store.products::get)
        .filter(v -> v != null && !v.price().isEmpty())
        .map(Product::price)
        .min(Comparator.comparing(BigDecimal::new))
        .orElse("");
  }

  static String priceHtml(String price) {
    String amount = new BigDecimal(price).setScale(2, RoundingMode.HALF_UP).toPlainString();
    return "<span class=\"woocommerce-Price-amount amount\"><bdi><span class=\"woocommerce-Price-currencySymbol\">&#36;</span>"
        + amount
        + "</bdi></span>";
  }

  private String permalink(Product p) {
    if (!p.isVariation()) {
      return store.siteUrl + "/product/" + p.slug + "/";
    }
    String parentSlug = catalog.find(p.parentId).map(x -> x.slug).orElse("");
    StringBuilder url = new StringBuilder(store.siteUrl + "/product/" + parentSlug + "/");
    String sep = "?";
    for (var a : p.attributes) {
      url.append(sep)
          .append("attribute_")
          .append(ProductWriter.slugOf(a.path("name").asText()))
          .append('=')
          .append(a.path("option").asText());
      sep = "&";
    }
    return url.toString();
  }

  /** "Tee - S": the parent name plus the options, as WooCommerce titles a variation post. */
  public String displayName(Product p) {
    if (!p.isVariation()) {
      return p.name;
    }
    String parent = catalog.find(p.parentId).map(x -> x.name).orElse("");
    String options = optionNames(p);
    return options.isEmpty() ? parent : parent + " - " + options;
  }

  static String optionNames(Product v) {
    StringBuilder out = new StringBuilder();
    for (var a : v.attributes) {
      out.append(out.length() == 0 ? "" : ", ").append(a.path("option").asText());
    }
    return out.toString();
  }

  private static ArrayNode variationAttributes(Product v) {
    ArrayNode out = WpJson.array();
    for (var a : v.attributes) {
      String name = a.path("name").asText();
      out.addObject()
          .put("id", a.path("id").asLong(0))
          .put("name", name)
          .put("slug", ProductWriter.slugOf(name))
          .put("option", a.path("option").asText());
    }
    return out;
  }

  private static ArrayNode ids(Iterable<Long> ids) {
    ArrayNode out = WpJson.array();
    ids.forEach(out::add);
    return out;
  }

  ObjectNode links(String self, String collection, String up) {
    ObjectNode links = WpJson.object();
    ObjectNode selfLink = links.putArray("self").addObject().put("href", store.api(self));
    selfLink
        .putObject("targetHints")
        .putArray("allow")
        .add("GET")
        .add("POST")
        .add("PUT")
        .add("PATCH")
        .add("DELETE");
    links.putArray("collection").addObject().put("href", store.api(collection));
    if (up != null) {
      links.putArray("up").addObject().put("href", store.api(up));
    }
    return links;
  }
}
