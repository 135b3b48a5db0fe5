package dev.stockbook.store;

import java.net.URI;
import java.util.List;

/**
 * Optional: a {@link StoreConnector} that can subscribe Stockbook to the store's change
 * notifications implements this too. Polling stays the source of truth; webhooks only make a sync
 * happen sooner, so a store without them loses nothing but latency. What the deliveries look like
 * is read by the factory's {@link dev.stockbook.store.webhook.WebhookReceiver}.
 */
public interface StoreWebhooks {

  /**
   * Makes sure the store sends the changes Stockbook follows (the connector knows its topics) to
   * {@code deliveryUrl}, signed with {@code secret} where the store lets the subscriber choose it:
   * creates missing subscriptions, re-activates ones the store disabled after failed deliveries,
   * and moves Stockbook's own subscriptions from an older delivery URL of the same connection.
   * Subscriptions of others are left alone.
   *
   * @return what changed, one plain-words line per subscription created or repaired
   */
  List<String> ensureWebhooks(URI deliveryUrl, String secret);
}
