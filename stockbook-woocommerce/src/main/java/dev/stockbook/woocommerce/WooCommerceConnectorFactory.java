package dev.stockbook.woocommerce;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreConnectorFactory;
import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.config.ConfigKey;
import dev.stockbook.store.config.ConfigValues;
import dev.stockbook.store.webhook.WebhookReceiver;
import dev.stockbook.woocommerce.internal.Authenticator;
import dev.stockbook.woocommerce.internal.BasicAuthenticator;
import dev.stockbook.woocommerce.internal.OAuth1Authenticator;
import dev.stockbook.woocommerce.internal.WooHttp;
import dev.stockbook.woocommerce.internal.WooOptions;
import dev.stockbook.woocommerce.internal.WooStatuses;
import dev.stockbook.woocommerce.internal.WooWebhooks;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creates {@link WooCommerceConnector}s; listed in {@code
 * META-INF/services/dev.stockbook.store.StoreConnectorFactory}. Keys (written {@code store.<key>}):
 * {@code url}, {@code consumerKey}, {@code consumerSecret}, {@code auth} = {@code basic} (default,
 * needs HTTPS) or {@code oauth1} (plain HTTP), {@code treatAsHttpsHeader} = {@code "Header-Name:
 * value"} sent on every request, for stores behind a TLS-terminating proxy, {@code pageSize}
 * (orders per listing page, 1 to 100).
 */
public final class WooCommerceConnectorFactory implements StoreConnectorFactory {
  public static final String TYPE = "woocommerce";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public List<ConfigKey> configKeys() {
    return WooOptions.KEYS;
  }

  @Override
  public List<String> validate(ConfigValues values) {
    return WooOptions.problems(values);
  }

  /** Stockbook synced only WooCommerce stores before {@code store.type} existed. */
  @Override
  public boolean isDefaultType() {
    return true;
  }

  @Override
  public Optional<OrderLifecycle> lifecycleOf(String statusWord) {
    return WooStatuses.known(statusWord);
  }

  @Override
  public StoreConnector create(StoreSettings settings) {
    WooOptions options = WooOptions.from(settings);
    HttpClient client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    Authenticator auth = authenticator(settings, options);
    return new WooCommerceConnector(new WooHttp(client, options, auth, JSON), options.pageSize());
  }

  @Override
  public Optional<WebhookReceiver> webhooks() {
    return Optional.of(new WooWebhooks());
  }

  static Authenticator authenticator(StoreSettings settings, WooOptions options) {
    if (options.auth().equals("oauth1")) {
      return new OAuth1Authenticator(options.key(), options.secret(), settings.clock(), nonces());
    }
    return new BasicAuthenticator(options.key(), options.secret());
  }

  private static Supplier<String> nonces() {
    SecureRandom random = new SecureRandom();
    return () -> {
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      return HexFormat.of().formatHex(bytes);
    };
  }
}
