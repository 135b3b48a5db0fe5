package dev.stockbook.woocommerce;

import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Builds a connector against a {@link WooStub}. */
final class Connect {
  static final String KEY = "ck_test";
  static final String SECRET = "cs_secret";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T17:10:00Z"), ZoneOffset.UTC);

  private Connect() {}

  static StoreConnector to(WooStub stub, Map<String, String> options) {
    StoreSettings settings =
        new StoreSettings(stub.baseUrl(), KEY, SECRET, Duration.ofSeconds(2), CLOCK, options);
    return new WooCommerceConnectorFactory().create(settings);
  }

  static StoreConnector to(WooStub stub) {
    return to(stub, Map.of("treatAsHttpsHeader", "X-Forwarded-Proto: https"));
  }
}
