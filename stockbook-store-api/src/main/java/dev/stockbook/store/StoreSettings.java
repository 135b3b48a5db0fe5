package dev.stockbook.store;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * How to reach one store. {@code options} holds connector-specific settings (for WooCommerce e.g.
 * {@code auth}: {@code basic} or {@code oauth1}, {@code treatAsHttpsHeader}).
 *
 * @param baseUrl the store's root URL (for WooCommerce the site URL; the connector appends its API
 *     path)
 * @param key the API key or consumer key
 * @param secret the API secret or consumer secret (never logged)
 * @param timeout per-request timeout
 * @param clock injected time source (OAuth timestamps)
 */
public record StoreSettings(
    URI baseUrl,
    String key,
    String secret,
    Duration timeout,
    Clock clock,
    Map<String, String> options) {

  public StoreSettings {
    options = Map.copyOf(options);
  }

  public String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  @Override
  public String toString() {
    return "StoreSettings[baseUrl=" + baseUrl + ", key=" + key + ", secret=****]";
  }
}
