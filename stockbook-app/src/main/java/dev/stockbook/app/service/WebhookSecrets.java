package dev.stockbook.app.service;

import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.state.CursorRepository;
import dev.stockbook.store.config.ConfigValues;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret a store signs its webhooks with: {@code store.webhookSecret} from the config, or else
 * one Stockbook made up once and keeps sealed in the database (so every node verifies alike).
 */
final class WebhookSecrets {
  static final String CURSOR = "store.webhookSecret";
  private final Wiring wiring;
  private final SecureRandom random = new SecureRandom();

  WebhookSecrets(Wiring wiring) {
    this.wiring = wiring;
  }

  String of(ConfigValues connection) {
    String configured = connection.string("store.webhookSecret");
    if (!configured.isBlank()) {
      return configured;
    }
    String name = connection.string("name");
    CursorRepository cursors = wiring.state().cursors();
    for (int attempt = 0; attempt < 3; attempt++) {
      var stored = cursors.get(name, CURSOR);
      if (stored.isPresent()) {
        return wiring.secrets().open(stored.get().value());
      }
      byte[] fresh = new byte[24];
      random.nextBytes(fresh);
      cursors.compareAndSet(
          name, CURSOR, 0, wiring.secrets().seal(HexFormat.of().formatHex(fresh)));
    }
    throw new IllegalStateException("could not keep a webhook secret for " + name);
  }
}
