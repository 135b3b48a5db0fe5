package dev.stockbook.store;

import dev.stockbook.store.config.ConfigKey;
import dev.stockbook.store.config.ConfigValues;
import dev.stockbook.store.webhook.WebhookReceiver;
import java.util.List;
import java.util.Optional;

/**
 * Creates connectors of one store type. Implementations are found with {@link
 * java.util.ServiceLoader}: a connector module lists its factory in {@code
 * META-INF/services/dev.stockbook.store.StoreConnectorFactory}.
 */
public interface StoreConnectorFactory {

  /** The type name used in configuration ({@code store.type}). */
  String type();

  /**
   * The settings this connector needs, named without the {@code store.} prefix (a key {@code url}
   * is written {@code store.url} in a connection). Validated with every other key before anything
   * starts; they document themselves in docs/configuration.md.
   */
  List<ConfigKey> configKeys();

  /**
   * Problems between this connector's values that one key alone cannot show, each naming the key
   * (without prefix); empty when all is well.
   */
  default List<String> validate(ConfigValues values) {
    return List.of();
  }

  /**
   * The lifecycle state a status word of this store means, for settings that name the store's own
   * words ({@code sync.soldStatuses: processing}); empty when the word is not one of this store's.
   */
  default Optional<OrderLifecycle> lifecycleOf(String statusWord) {
    return Optional.empty();
  }

  /**
   * Whether a connection that names no {@code store.type} means this store: true only for the
   * connector that configurations written before {@code store.type} existed were for.
   */
  default boolean isDefaultType() {
    return false;
  }

  /** A connector for one store; the settings were validated by the caller. */
  StoreConnector create(StoreSettings settings);

  /** How this store's webhook deliveries are checked and read, when it sends any. */
  default Optional<WebhookReceiver> webhooks() {
    return Optional.empty();
  }
}
