package dev.stockbook.woocommerce;

import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreProduct;
import dev.stockbook.store.StoreWebhooks;
import dev.stockbook.woocommerce.internal.OrderReader;
import dev.stockbook.woocommerce.internal.ProductReader;
import dev.stockbook.woocommerce.internal.StockWriter;
import dev.stockbook.woocommerce.internal.WebhookRegistrar;
import dev.stockbook.woocommerce.internal.WooHttp;
import dev.stockbook.woocommerce.internal.WooWebhooks;
import java.net.URI;
import java.util.Collection;
import java.util.List;

/** A WooCommerce store over its REST API v3. Stateless apart from the HTTP client. */
public final class WooCommerceConnector implements StoreConnector, StoreWebhooks {
  private final OrderReader orders;
  private final ProductReader products;
  private final StockWriter stock;
  private final WebhookRegistrar webhooks;

  WooCommerceConnector(WooHttp http, int pageSize) {
    this.orders = new OrderReader(http, pageSize);
    this.products = new ProductReader(http);
    this.stock = new StockWriter(http);
    this.webhooks = new WebhookRegistrar(http);
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

  @Override
  public List<String> ensureWebhooks(URI deliveryUrl, String secret) {
    return webhooks.ensure(WooWebhooks.TOPICS, deliveryUrl, secret);
  }
}
