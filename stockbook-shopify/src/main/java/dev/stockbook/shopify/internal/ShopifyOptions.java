package dev.stockbook.shopify.internal;

import static dev.stockbook.store.config.ConfigKey.Type.INT;
import static dev.stockbook.store.config.ConfigKey.Type.STRING;

import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.config.ConfigKey;
import dev.stockbook.store.config.ConfigValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Shopify connector's settings: the keys it declares (written {@code store.<key>} in a
 * connection) and their values, read once.
 *
 * @param shop where the Admin API is
 * @param apiVersion the quarterly version every request names
 * @param location the location stock is published to, by name or id; empty for the primary one
 * @param pageSize orders and products per page before the query-cost cut ({@link QueryBudget})
 * @param connection the connection's name, for Shopify's inventory reference document
 */
public record ShopifyOptions(
    ShopAddress shop,
    String accessToken,
    String apiVersion,
    String clientSecret,
    String location,
    int pageSize,
    Duration timeout,
    String connection) {
  public static final String SHOP = "shop";
  public static final String ACCESS_TOKEN = "accessToken";
  public static final String API_VERSION = "apiVersion";
  public static final String CLIENT_SECRET = "clientSecret";
  public static final String LOCATION = "location";
  public static final String PAGE_SIZE = "pageSize";

  /** The oldest version with {@code changeFromQuantity} on inventorySetQuantities. */
  static final String OLDEST_VERSION = "2026-04";

  static final int MAX_PAGE = 250;

  /** What a Shopify connection declares, without the {@code store.} prefix. */
  public static final List<ConfigKey> KEYS =
      List.of(
          ConfigKey.required(
              SHOP,
              STRING,
              false,
              "The shop: its myshopify.com domain (my-shop.myshopify.com, or just my-shop) or an"
                  + " http(s) origin."),
          ConfigKey.required(
              ACCESS_TOKEN,
              STRING,
              true,
              "Admin API access token of the app (shpat_...), with read_orders, read_all_orders,"
                  + " read_products, read_inventory, write_inventory and read_locations."),
          ConfigKey.optional(
              API_VERSION, STRING, "2026-10", "Admin API version (quarterly, 2026-04 or later)."),
          ConfigKey.secret(
              CLIENT_SECRET, "The app's client secret: Shopify signs its webhooks with it."),
          ConfigKey.optional(
              LOCATION,
              STRING,
              "",
              "The location Stockbook publishes stock to, by name or numeric id; empty: the"
                  + " shop's primary location."),
          ConfigKey.optional(
              PAGE_SIZE,
              INT,
              "100",
              "Orders and products asked per page (1 to 250); fewer when a page would ask for more"
                  + " than 300 of Shopify's query cost points."));

  public static ShopifyOptions from(StoreSettings settings) {
    ConfigValues v = settings.values();
    List<String> problems = problems(v);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Shopify settings: " + String.join("; ", problems));
    }
    return new ShopifyOptions(
        ShopAddress.parse(v.string(SHOP)),
        v.string(ACCESS_TOKEN).trim(),
        version(v),
        v.string(CLIENT_SECRET),
        v.string(LOCATION).trim(),
        pageSize(v),
        settings.timeout(),
        settings.connection() == null ? "" : settings.connection());
  }

  /** Every problem with the values, together, each naming its key. */
  public static List<String> problems(ConfigValues v) {
    List<String> problems = new ArrayList<>();
    try {
      ShopAddress.parse(v.string(SHOP));
    } catch (IllegalArgumentException e) {
      problems.add(SHOP + ": " + e.getMessage());
    }
    if (v.string(ACCESS_TOKEN).isBlank()) {
      problems.add(ACCESS_TOKEN + ": is empty; give the app's Admin API access token");
    }
    String version = version(v);
    if (!version.matches("\\d{4}-(01|04|07|10)") || version.compareTo(OLDEST_VERSION) < 0) {
      problems.add(
          API_VERSION
              + ": must be a quarterly version such as 2026-10, "
              + OLDEST_VERSION
              + " or later (inventory writes need changeFromQuantity), was '"
              + version
              + "'");
    }
    String size = v.string(PAGE_SIZE).trim();
    if (!size.isEmpty()
        && (!size.matches("\\d{1,3}") || pageSize(v) < 1 || pageSize(v) > MAX_PAGE)) {
      problems.add(PAGE_SIZE + ": must be a whole number from 1 to 250, was '" + size + "'");
    }
    return problems;
  }

  private static String version(ConfigValues v) {
    String version = v.string(API_VERSION).trim();
    return version.isEmpty() ? "2026-10" : version;
  }

  private static int pageSize(ConfigValues v) {
    String size = v.string(PAGE_SIZE).trim();
    return size.matches("\\d{1,3}") ? Integer.parseInt(size) : 100;
  }

  @Override
  public String toString() {
    return "ShopifyOptions[shop="
        + shop.label()
        + ", apiVersion="
        + apiVersion
        + ", location="
        + location
        + ", pageSize="
        + pageSize
        + "]";
  }
}
