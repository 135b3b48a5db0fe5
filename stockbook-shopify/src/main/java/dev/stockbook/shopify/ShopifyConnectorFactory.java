package dev.stockbook.shopify;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.shopify.internal.GraphQl;
import dev.stockbook.shopify.internal.ShopifyOptions;
import dev.stockbook.shopify.internal.ShopifyStatuses;
import dev.stockbook.shopify.internal.ShopifyWebhooks;
import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreConnectorFactory;
import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.config.ConfigKey;
import dev.stockbook.store.config.ConfigValues;
import dev.stockbook.store.webhook.WebhookReceiver;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;

/**
 * Creates {@link ShopifyConnector}s; listed in {@code
 * META-INF/services/dev.stockbook.store.StoreConnectorFactory}. Keys (written {@code store.<key>}):
 * {@code shop}, {@code accessToken}, {@code apiVersion} (2026-10), {@code clientSecret} (webhook
 * signatures), {@code location} (where stock is published; the primary location when empty), {@code
 * pageSize} (100).
 */
public final class ShopifyConnectorFactory implements StoreConnectorFactory {
  public static final String TYPE = "shopify";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public List<ConfigKey> configKeys() {
    return ShopifyOptions.KEYS;
  }

  @Override
  public List<String> validate(ConfigValues values) {
    return ShopifyOptions.problems(values);
  }

  /** Payment words ({@code authorized}, {@code partially_refunded}...), fulfilled, cancelled. */
  @Override
  public Optional<OrderLifecycle> lifecycleOf(String statusWord) {
    return ShopifyStatuses.known(statusWord);
  }

  @Override
  public StoreConnector create(StoreSettings settings) {
    ShopifyOptions options = ShopifyOptions.from(settings);
    HttpClient client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    return new ShopifyConnector(new GraphQl(client, options, JSON), options);
  }

  @Override
  public Optional<WebhookReceiver> webhooks() {
    return Optional.of(new ShopifyWebhooks());
  }
}
