package dev.stockbook.woocommerce.internal;

import static dev.stockbook.woocommerce.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.StockAddress;
import dev.stockbook.store.StoreProduct;

/**
 * WooCommerce product or variation JSON to {@link StoreProduct}. A variation ({@code
 * "type":"variation"}) is reported under its parent: productId = parent_id, variationId = id. A
 * variation whose stock the parent manages says {@code "manage_stock":"parent"} (a string, against
 * the schema) and carries the parent's quantity; it does not manage stock itself.
 */
public final class ProductMapper {
  private ProductMapper() {}

  public static StoreProduct map(JsonNode product) {
    boolean variation = "variation".equals(text(product, "type"));
    boolean manages = managesStock(product);
    return new StoreProduct(
        StockAddress.single(
            variation ? text(product, "parent_id") : text(product, "id"),
            variation ? text(product, "id") : null),
        text(product, "sku"),
        text(product, "name"),
        manages,
        manages ? quantity(product) : null,
        text(product, "type"),
        "variable".equals(text(product, "type"))
            ? StoreProduct.Role.PARENT
            : StoreProduct.Role.ITEM);
  }

  /** Only a JSON {@code true} means this exact product or variation tracks its stock. */
  static boolean managesStock(JsonNode product) {
    JsonNode value = product.path("manage_stock");
    return value.isBoolean() && value.booleanValue();
  }

  private static Long quantity(JsonNode product) {
    JsonNode value = product.path("stock_quantity");
    return value.isNumber() || value.isTextual() && !value.asText().isBlank()
        ? Long.valueOf(value.asLong())
        : null;
  }
}
