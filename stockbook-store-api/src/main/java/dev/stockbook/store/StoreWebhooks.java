package dev.stockbook.store;

import java.net.URI;
import java.util.List;

/**
 * Optional: a {@link StoreConnector} that can subscribe Stockbook to the store's change
 * notifications implements this too. Polling stays the source of truth; webhooks only make a sync
 * happen sooner, so a store without them loses nothing but latency.
 */
public interface StoreWebhooks {

  /**
   * Makes sure the store sends each of {@code topics} to {@code deliveryUrl}, signed with {@code
   * secret}: creates missing subscriptions and re-activates ones the store disabled (after failed
   * deliveries). Subscriptions to other URLs are left alone.
   *
   * @return what changed, one plain-words line per subscription created or repaired
   */
  List<String> ensureWebhooks(List<String> topics, URI deliveryUrl, String secret);
}
