package dev.stockbook.woocommerce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * Reaches a real WooCommerce built by {@code ../shared/real-woocommerce/setup.sh}: its {@code
 * credentials.env} ({@code SITE_URL}, {@code CK}, {@code CS}) in the state folder named by a system
 * property. Outside the {@code real-woo} profile the property is unset and the run is skipped; in
 * it, a missing store is a failure.
 */
public final class RealWoo {
  /** WP-Cron runs Action Scheduler's queue once a minute; a delivery may wait for the next run. */
  private static final Duration CRON_PATIENCE = Duration.ofSeconds(150);

  private RealWoo() {}

  /**
   * The store whose state folder the system property {@code property} names; skips the calling test
   * when the property is unset (outside the {@code real-woo} profile).
   */
  public static WooRestStore open(String property, String defaultState) {
    String state = System.getProperty(property);
    Assumptions.assumeTrue(
        state != null && !state.isBlank(),
        "no real WooCommerce: run with -Preal-woo (.ci/run builds the stores)");
    Path env = Path.of(state).resolve("credentials.env");
    if (!Files.isReadable(env)) {
      throw new IllegalStateException(
          "real WooCommerce expected at "
              + state
              + " but "
              + env
              + " is missing: run ../shared/real-woocommerce/setup.sh (default state "
              + defaultState
              + ")");
    }
    Map<String, String> values = read(env);
    URI site = URI.create(values.get("SITE_URL"));
    String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
    return new WooRestStore(site, values.get("CK"), values.get("CS"), run, cron(site), () -> {});
  }

  private static Map<String, String> read(Path env) {
    Map<String, String> values = new HashMap<>();
    try {
      for (String line : Files.readAllLines(env)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }

  /**
   * Pings {@code wp-cron.php} as site traffic does, then waits a second: a real store cannot be
   * told to hurry, only visited.
   */
  static WooRestStore.Deliveries cron(URI site) {
    HttpClient http = HttpClient.newHttpClient();
    return new WooRestStore.Deliveries() {
      @Override
      public void push() {
        try {
          http.send(
              HttpRequest.newBuilder(site.resolve("/wp-cron.php?doing_wp_cron"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
          Thread.sleep(1000);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }

      @Override
      public Duration patience() {
        return CRON_PATIENCE;
      }
    };
  }
}
