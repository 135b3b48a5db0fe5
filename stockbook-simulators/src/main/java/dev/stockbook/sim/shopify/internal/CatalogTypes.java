package dev.stockbook.sim.shopify.internal;

import dev.stockbook.sim.shopify.Plan;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Field fetchers of Shop, Product, ProductVariant, InventoryItem, InventoryLevel, Location. */
public final class CatalogTypes {
  private final Shop shop;
  private final Supplier<Plan> plan;

  public CatalogTypes(Shop shop, Supplier<Plan> plan) {
    this.shop = shop;
    this.plan = plan;
  }

  public void wire(RuntimeWiring.Builder w) {
    Wiring.type("Shop", Shop.class)
        .field("id", Shop::gid)
        .field("myshopifyDomain", s -> s.domain)
        .field("currencyCode", s -> s.currency)
        .field("ianaTimezone", s -> "Etc/UTC")
        .field("plan", s -> planInfo())
        .into(w);
    Wiring.type("Product", Product.class)
        .field("id", Product::gid)
        .field("legacyResourceId", p -> p.id)
        .field("tracksInventory", p -> p.variants.stream().anyMatch(v -> v.inventoryItem.tracked))
        .field(
            "hasOnlyDefaultVariant",
            p -> p.variants.size() == 1 && "Default Title".equals(p.variants.get(0).title))
        .field(
            "totalInventory",
            p -> p.variants.stream().mapToInt(v -> v.inventoryItem.available()).sum())
        .field(
            "variants",
            (p, env) -> PageArgs.connection(env, p.variants, Pages.Order.byId(v -> v.id)))
        .into(w);
    Wiring.type("ProductVariant", Variant.class)
        .field("id", Variant::gid)
        .field("legacyResourceId", v -> v.id)
        .field("displayName", Variant::displayName)
        .field(
            "inventoryQuantity", v -> v.inventoryItem.tracked ? v.inventoryItem.available() : null)
        .into(w);
    item().into(w);
    Wiring.type("InventoryLevel", InventoryLevel.class)
        .field("id", InventoryLevel::gid)
        .field("updatedAt", InventoryLevel::updatedAt)
        .field("quantities", CatalogTypes::quantities)
        .into(w);
    Wiring.type("Location", Location.class)
        .field("id", Location::gid)
        .field("legacyResourceId", l -> l.id)
        .field("inventoryLevel", (l, env) -> levelAt(env.getArgument("inventoryItemId"), l))
        .field(
            "inventoryLevels",
            (l, env) ->
                levels(env, shop.catalog.levels().stream().filter(x -> x.location == l).toList()))
        .into(w);
  }

  private Wiring<InventoryItem> item() {
    return Wiring.type("InventoryItem", InventoryItem.class)
        .field("id", InventoryItem::gid)
        .field("legacyResourceId", i -> i.id)
        .field("sku", InventoryItem::sku)
        .field("requiresShipping", i -> true)
        .field("inventoryLevel", (i, env) -> locationLevel(i, env.getArgument("locationId")))
        .field("inventoryLevels", (i, env) -> levels(env, List.copyOf(i.levels.values())));
  }

  private Object levels(DataFetchingEnvironment env, List<InventoryLevel> levels) {
    return PageArgs.connection(
        env, levels, new Pages.Order<>(l -> l.location.id, l -> l.location.id * 31 + l.item.id));
  }

  private InventoryLevel locationLevel(InventoryItem item, String locationGid) {
    return Gid.parse(locationGid, "Location").stream()
        .mapToObj(item.levels::get)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private InventoryLevel levelAt(String itemGid, Location location) {
    return Gid.parse(itemGid, "InventoryItem").stream()
        .mapToObj(shop.catalog.items::get)
        .filter(java.util.Objects::nonNull)
        .map(i -> i.levels.get(location.id))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private static Object quantities(InventoryLevel level, DataFetchingEnvironment env) {
    List<String> names = env.getArgument("names");
    for (String name : names) {
      if (!InventoryLevel.NAMES.contains(name)) {
        throw new ShopifyError(
            "BAD_REQUEST",
            "The quantity name '"
                + name
                + "' is not valid. Valid names: "
                + String.join(", ", InventoryLevel.NAMES)
                + ".");
      }
    }
    return names.stream().map(n -> InventoryQuantity.of(level, n)).toList();
  }

  private Map<String, Object> planInfo() {
    Plan p = plan.get();
    return Map.of(
        "publicDisplayName",
        p.displayName(),
        "shopifyPlus",
        p == Plan.PLUS,
        "partnerDevelopment",
        false);
  }
}
