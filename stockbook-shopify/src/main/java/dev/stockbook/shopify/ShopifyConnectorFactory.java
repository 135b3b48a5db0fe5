package dev.stockbook.shopify;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.shopify.internal.GraphQl;
import dev.stockbook.shopify.internal.Pause;
import dev.stockbook.shopify.internal.ShopFacts;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates {@link ShopifyConnector}s; listed in {@code
 * META-INF/services/dev.stockbook.store.StoreConnectorFactory}. Keys (written {@code store.<key>}):
 * {@code shop}, {@code accessToken}, {@code apiVersion} (2026-10), {@code clientSecret} (webhook
 * signatures), {@code location} (where stock is published; the primary location when empty), {@code
 * pageSize} (100).
 *
 * <p>The engine asks for a new connector every turn; what a connection reads of its shop once (the
 * token's scopes, the publishing location: {@link ShopFacts}) is kept here, per shop address, API
 * version, token (by its SHA-256, never the token itself) and location setting, so a turn does not
 * read them again.
 */
public final class ShopifyConnectorFactory implements StoreConnectorFactory {
  public static final String TYPE = "shopify";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Past this many connections' facts, those with nothing fresh left are dropped. */
  private static final int TIDY_ABOVE = 64;

  /** Whose facts: the endpoint (shop and version), the token's digest, the location setting. */
  private record Whose(URI endpoint, String token, String location) {}

  private final Map<Whose, ShopFacts> facts = new ConcurrentHashMap<>();
  private final Pause pause;

  public ShopifyConnectorFactory() {
    this(Pause.SLEEP);
  }

  /**
   * @param pause how a read of many pages waits for Shopify's bucket between them (tests move a
   *     clock)
   */
  ShopifyConnectorFactory(Pause pause) {
    this.pause = pause;
  }

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
    ShopFacts kept = factsOf(options, settings.clock());
    return new ShopifyConnector(new GraphQl(client, options, JSON, kept, pause), options, kept);
  }

  private ShopFacts factsOf(ShopifyOptions options, Clock clock) {
    if (facts.size() > TIDY_ABOVE) {
      facts.values().removeIf(ShopFacts::empty);
    }
    Whose whose =
        new Whose(
            options.shop().graphql(options.apiVersion()),
            digest(options.accessToken()),
            options.location());
    return facts.computeIfAbsent(whose, w -> new ShopFacts(clock));
  }

  private static String digest(String token) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  @Override
  public Optional<WebhookReceiver> webhooks() {
    return Optional.of(new ShopifyWebhooks());
  }
}
