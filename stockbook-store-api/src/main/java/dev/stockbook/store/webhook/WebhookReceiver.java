package dev.stockbook.store.webhook;

import dev.stockbook.store.StoreSettings;

/**
 * Checks and reads one store type's webhook deliveries. Stateless and without I/O: the service
 * calls it on every delivery, records the {@link WebhookEvent.Change} and answers the store.
 */
public interface WebhookReceiver {

  /**
   * Verifies the delivery over its raw body (in constant time) and says what it means.
   *
   * @param settings the connection's store settings (a store that signs with its app's secret finds
   *     it there)
   * @param secret the secret Stockbook registered the webhooks with (stores that let the subscriber
   *     choose one)
   */
  WebhookEvent receive(WebhookDelivery delivery, StoreSettings settings, String secret);
}
