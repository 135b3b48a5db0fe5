package dev.stockbook.shopify.internal;

/**
 * Shopify's global ids ({@code gid://shopify/Order/123}) and the numeric ids Stockbook keeps: the
 * ones Shopify's admin URLs and webhook bodies show ({@code "id": 123}).
 */
public final class Gids {
  private static final String PREFIX = "gid://shopify/";

  private Gids() {}

  public static String of(String type, String numericId) {
    return PREFIX + type + "/" + numericId;
  }

  /**
   * The numeric id of a gid ({@code 123} for {@code gid://shopify/Order/123?x=1}); null for null.
   */
  public static String numeric(String gid) {
    if (gid == null || gid.isEmpty()) {
      return null;
    }
    String path = gid.indexOf('?') < 0 ? gid : gid.substring(0, gid.indexOf('?'));
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Whether {@code id} is a numeric id Shopify could have given out. */
  public static boolean isNumeric(String id) {
    return id != null && id.matches("\\d{1,19}");
  }

  /** The gid of an item's inventory level at a location, Shopify's own form of it. */
  public static String level(String inventoryItemId, String locationId) {
    return of("InventoryLevel", locationId) + "?inventory_item_id=" + inventoryItemId;
  }
}
