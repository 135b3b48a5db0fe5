package dev.stockbook.shopify.internal;

import static dev.stockbook.shopify.internal.Json.id;
import static dev.stockbook.shopify.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.StockAddress;
import dev.stockbook.store.StoreProduct;

/**
 * A {@code VariantFields} node to {@link StoreProduct}. In Shopify the SKU and the stock are on the
 * variant (its inventory item, counted per location); a product without options has one default
 * variant and is reported as a simple product (no variation id). A variant manages stock here when
 * its inventory item is tracked and stocked at the publishing location; its quantity is the
 * location's {@code available}.
 */
public final class ProductMapper {
  private ProductMapper() {}

  public static StoreProduct map(JsonNode variant, String locationId) {
    JsonNode product = variant.path("product");
    JsonNode item = variant.path("inventoryItem");
    boolean single = product.path("hasOnlyDefaultVariant").asBoolean(false);
    Long available = available(item.path("inventoryLevel"));
    boolean manages = item.path("tracked").asBoolean(false) && available != null;
    return new StoreProduct(
        new StockAddress(
            id(product, "id"), single ? null : id(variant, "id"), id(item, "id"), locationId),
        text(variant, "sku"),
        text(variant, "displayName"),
        manages,
        manages ? available : null,
        single ? "product" : "variant",
        StoreProduct.Role.ITEM);
  }

  /** The {@code available} quantity of a level; null when the item is not stocked there. */
  static Long available(JsonNode level) {
    for (JsonNode quantity : level.path("quantities")) {
      if ("available".equals(text(quantity, "name"))
          && quantity.path("quantity").canConvertToLong()) {
        return quantity.path("quantity").asLong();
      }
    }
    return null;
  }
}
