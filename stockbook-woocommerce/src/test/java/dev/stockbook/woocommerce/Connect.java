package dev.stockbook.woocommerce;

import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.config.ConfigValues;
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
    Map<String, String> values = new java.util.HashMap<>(options);
    values.put("url", stub.baseUrl().toString());
    values.put("consumerKey", KEY);
    values.put("consumerSecret", SECRET);
    StoreSettings settings =
        new StoreSettings("shop", ConfigValues.of(values), Duration.ofSeconds(2), CLOCK);
    return new WooCommerceConnectorFactory().create(settings);
  }

  static StoreConnector to(WooStub stub) {
    return to(stub, Map.of("treatAsHttpsHeader", "X-Forwarded-Proto: https"));
  }
}
