package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Validates and applies a product or variation request body (prepare_object_for_database). */
final class ProductWriter {
  static final List<String> TYPES = List.of("simple", "grouped", "external", "variable");
  static final List<String> STATUSES =
      List.of("draft", "pending", "private", "publish", "future", "auto-draft", "trash");
  static final List<String> STOCK_STATUSES = List.of("instock", "outofstock", "onbackorder");
  static final List<String> BACKORDERS = List.of("no", "notify", "yes");

  /** Fields computed by the simulator; anything else in the template is passed through. */
  private static final Set<String> MODELLED =
      Set.of(
          "id",
          "name",
          "slug",
          "type",
          "status",
          "sku",
          "regular_price",
          "sale_price",
          "price",
          "manage_stock",
          "stock_quantity",
          "stock_status",
          "backorders",
          "attributes",
          "variations",
          "grouped_products",
          "parent_id",
          "permalink",
          "date_created",
          "date_created_gmt",
          "date_modified",
          "date_modified_gmt",
          "on_sale",
          "purchasable",
          "total_sales",
          "backorders_allowed",
          "backordered",
          "price_html",
          "related_ids",
          "has_options",
          "_links",
          "permalink_template",
          "generated_slug");

  private final Store store;
  private final Catalog catalog;

  ProductWriter(Store store, Catalog catalog) {
    this.store = store;
    this.catalog = catalog;
  }

  void validate(ObjectNode in, Product p, boolean creating) {
    InvalidParams bad = new InvalidParams();
    for (String f : List.of("name", "sku", "regular_price", "sale_price", "slug", "description")) {
      if (in.has(f) && !in.get(f).isTextual()) {
        bad.notType(f, "string");
      }
    }
    checkInteger(in, "stock_quantity", bad);
    checkBoolean(in, "manage_stock", p.isVariation(), bad);
    checkEnum(in, "type", TYPES, bad);
    checkEnum(in, "status", STATUSES, bad);
    checkEnum(in, "stock_status", STOCK_STATUSES, bad);
    checkEnum(in, "backorders", BACKORDERS, bad);
    bad.throwIfAny();
    if (!creating && in.has("type") && p.isVariation()) {
      return;
    }
    String sku = in.path("sku").asText(null);
    if (sku != null && !sku.isEmpty()) {
      catalog
          .bySku(sku)
          .filter(other -> other.id != p.id)
          .ifPresent(
              other -> {
                throw new WpError(400, "product_invalid_sku", "Invalid or duplicated SKU.")
                    .with("resource_id", other.id)
                    .with("unique_sku", uniqueSku(sku));
              });
    }
  }

  private String uniqueSku(String sku) {
    for (int i = 1; ; i++) {
      String candidate = sku + "-" + i;
      if (catalog.bySku(candidate).isEmpty()) {
        return candidate;
      }
    }
  }

  void apply(ObjectNode in, Product p) {
    if (in.has("name")) {
      p.name = in.get("name").asText();
    }
    p.slug = in.has("slug") ? in.get("slug").asText() : p.slug.isEmpty() ? slugOf(p.name) : p.slug;
    if (in.has("type") && !p.isVariation()) {
      p.type = in.get("type").asText();
    }
    copyText(in, "status", v -> p.status = v);
    copyText(in, "sku", v -> p.sku = v);
    copyText(in, "regular_price", v -> p.regularPrice = v);
    copyText(in, "sale_price", v -> p.salePrice = v);
    if (in.has("attributes") && in.get("attributes").isArray()) {
      p.attributes =
          p.isVariation()
              ? (ArrayNode) in.get("attributes").deepCopy()
              : productAttributes(in.get("attributes"));
    }
    if (in.has("grouped_products") && in.get("grouped_products").isArray()) {
      p.groupedProducts.clear();
      in.get("grouped_products").forEach(id -> p.groupedProducts.add(id.asLong()));
    }
    applyStock(in, p);
    in.fields()
        .forEachRemaining(
            e -> {
              if (!MODELLED.contains(e.getKey()) && template(p).has(e.getKey())) {
                p.extra.set(e.getKey(), e.getValue().deepCopy());
              }
            });
  }

  /** Local attributes as WooCommerce stores them: slug = name, position by index. */
  private static ArrayNode productAttributes(JsonNode given) {
    ArrayNode out = WpJson.array();
    int position = 0;
    for (JsonNode a : given) {
      ObjectNode attr =
          out.addObject()
              .put("id", a.path("id").asLong(0))
              .put("name", a.path("name").asText())
              .put("slug", a.path("name").asText())
              .put("position", a.path("position").asInt(position++))
              .put("visible", a.path("visible").asBoolean(true))
              .put("variation", a.path("variation").asBoolean(false));
      attr.set(
          "options", a.path("options").isArray() ? a.get("options").deepCopy() : WpJson.array());
    }
    return out;
  }

  private static ObjectNode template(Product p) {
    return p.isVariation() ? Templates.VARIATION : Templates.PRODUCT;
  }

  private void applyStock(ObjectNode in, Product p) {
    if (store.manageStock) {
      if (in.has("manage_stock")) {
        p.manageStock = StockRules.canManageStock(p.type) && asBoolean(in.get("manage_stock"));
      }
      copyText(in, "backorders", v -> p.backorders = v);
      if (p.manageStock) {
        if (in.hasNonNull("stock_quantity")) {
          p.stockQuantity = in.get("stock_quantity").asLong();
        } else if (in.hasNonNull("inventory_delta")) {
          long read = p.stockQuantity == null ? 0 : p.stockQuantity;
          List<Runnable> racing = List.copyOf(store.checkoutsDuringNextDelta);
          store.checkoutsDuringNextDelta.clear();
          racing.forEach(Runnable::run);
          p.stockQuantity = read + in.get("inventory_delta").asLong();
        } else if (p.stockQuantity == null) {
          p.stockQuantity = 0L;
        }
      } else {
        p.stockQuantity = null;
        p.backorders = "no";
      }
    }
    copyText(in, "stock_status", v -> p.stockStatus = v);
    catalog.refreshStatus(p);
  }

  private static boolean asBoolean(JsonNode v) {
    return v.isBoolean()
        ? v.booleanValue()
        : Set.of("true", "1", "yes").contains(v.asText().toLowerCase(Locale.ROOT));
  }

  private static void copyText(
      ObjectNode in, String field, java.util.function.Consumer<String> into) {
    if (in.hasNonNull(field)) {
      into.accept(in.get(field).asText());
    }
  }

  private static void checkInteger(ObjectNode in, String f, InvalidParams bad) {
    JsonNode v = in.get(f);
    if (v != null
        && !v.isNull()
        && !v.isIntegralNumber()
        && !(v.isTextual() && v.asText().matches("-?\\d+"))) {
      bad.notType(f, "integer");
    }
  }

  private static void checkBoolean(
      ObjectNode in, String f, boolean allowParent, InvalidParams bad) {
    JsonNode v = in.get(f);
    if (v == null || v.isBoolean() || allowParent && "parent".equals(v.asText())) {
      return;
    }
    if (!Set.of("true", "false", "1", "0").contains(v.asText())) {
      bad.notType(f, "boolean");
    }
  }

  private static void checkEnum(ObjectNode in, String f, List<String> allowed, InvalidParams bad) {
    JsonNode v = in.get(f);
    if (v != null && !allowed.contains(v.asText())) {
      bad.notInEnum(f, v.asText(), allowed);
    }
  }

  static String slugOf(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
