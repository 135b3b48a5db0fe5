package dev.stockbook.app.service;

import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreWebhooks;
import dev.stockbook.store.config.ConfigValues;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the store's webhooks pointed at this service, at every full cycle: creates missing ones and
 * re-activates those the store disabled. A failure is logged and left to the next cycle: polling
 * still syncs everything, webhooks only make it sooner.
 */
final class WebhookKeeper {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookKeeper.class);
  private final WebhookSecrets secrets;
  private volatile URI publicUrl;

  WebhookKeeper(WebhookSecrets secrets) {
    this.secrets = secrets;
  }

  void publicUrl(URI url) {
    this.publicUrl = url;
  }

  void ensure(ConfigValues connection, StoreConnector store) {
    if (publicUrl == null || !(store instanceof StoreWebhooks webhooks)) {
      return;
    }
    String name = connection.string("name");
    URI delivery = URI.create(publicUrl.toString().replaceAll("/+$", "") + "/webhooks/" + name);
    try {
      webhooks
          .ensureWebhooks(delivery, secrets.of(connection))
          .forEach(change -> LOG.info("{}: {} (to {})", name, change, delivery));
    } catch (RuntimeException e) {
      LOG.warn(
          "{}: could not check the store's webhooks (polling goes on): {}", name, e.getMessage());
    }
  }
}
