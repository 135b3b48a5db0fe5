package dev.stockbook.shopify;

import dev.stockbook.shopify.internal.AccessScopes;
import dev.stockbook.shopify.internal.GraphQl;
import dev.stockbook.shopify.internal.OrderReader;
import dev.stockbook.shopify.internal.ProductReader;
import dev.stockbook.shopify.internal.PublishingLocation;
import dev.stockbook.shopify.internal.ShopFacts;
import dev.stockbook.shopify.internal.ShopifyOptions;
import dev.stockbook.shopify.internal.StockWriter;
import dev.stockbook.shopify.internal.WebhookRegistrar;
import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreProduct;
import dev.stockbook.store.StoreWebhooks;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * A Shopify shop over the GraphQL Admin API, one turn's worth: the engine builds one per turn.
 * Stateless apart from the HTTP client and the {@link ShopFacts} it is given, which outlive it: the
 * token's access scopes and the publishing location, read once per connection.
 */
public final class ShopifyConnector implements StoreConnector, StoreWebhooks {
  private final AccessScopes access;
  private final OrderReader orders;
  private final ProductReader products;
  private final StockWriter stock;
  private final WebhookRegistrar webhooks;

  ShopifyConnector(GraphQl http, ShopifyOptions options, ShopFacts facts) {
    this.access = new AccessScopes(http, facts);
    PublishingLocation location = new PublishingLocation(http, options.location(), facts);
    this.orders = new OrderReader(http, access, options.pageSize());
    this.products = new ProductReader(http, access, location, options.pageSize());
    this.stock = new StockWriter(http, access, location, reference(options.connection()));
    this.webhooks = new WebhookRegistrar(http);
  }

  /** How Shopify's inventory history names Stockbook's changes: the connection they came from. */
  static String reference(String connection) {
    String name = connection == null || connection.isBlank() ? "default" : connection;
    return "gid://stockbook/Connection/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  @Override
  public OrderPage ordersChangedSince(OrderCursor cursor) {
    return orders.changedSince(cursor);
  }

  @Override
  public List<StoreOrder> ordersById(Collection<String> orderIds) {
    return orderIds.isEmpty() ? List.of() : orders.byId(orderIds);
  }

  @Override
  public List<StoreProduct> productsBySku(Collection<String> skus) {
    return products.bySku(skus);
  }

  @Override
  public List<StockWriteResult> writeStock(List<StockWrite> writes) {
    return stock.write(writes);
  }

  @Override
  public List<StoreProduct> allProducts() {
    return products.all();
  }

  /**
   * Subscribes to {@link dev.stockbook.shopify.internal.ShopifyWebhooks#TOPICS}. {@code secret} is
   * not used: Shopify signs every delivery with the app's client secret ({@code
   * store.clientSecret}).
   */
  @Override
  public List<String> ensureWebhooks(URI deliveryUrl, String secret) {
    access.require();
    return webhooks.ensure(deliveryUrl);
  }
}
