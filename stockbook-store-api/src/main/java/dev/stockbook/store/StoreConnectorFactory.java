package dev.stockbook.store;

/**
 * Creates connectors of one store type. Implementations are found with {@link
 * java.util.ServiceLoader}: a connector module lists its factory in {@code
 * META-INF/services/dev.stockbook.store.StoreConnectorFactory}.
 */
public interface StoreConnectorFactory {

  /** The type name used in configuration, e.g. {@code woocommerce}. */
  String type();

  /** A connector for one store; the settings were validated by the caller. */
  StoreConnector create(StoreSettings settings);
}
