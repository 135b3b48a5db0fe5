package dev.stockbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import dev.stockbook.store.config.ConfigValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery bench runs each row with the probe its label names. Its real-store row once ran
 * {@code serve} with a 15 s probe while saying "5 s (default)", which made the real store look four
 * times slower than the simulator: its listings came every 17–18 s.
 */
class DeliveryLatencyTest {
  @TempDir Path dir;

  @Test
  void the_real_store_row_gives_serve_the_default_order_probe_its_label_names() throws Exception {
    Duration defaultProbe =
        ConfigValues.parseDuration(
            ConnectionConfig.KEYS.stream()
                .filter(k -> k.name().equals("sync.orderProbe"))
                .findFirst()
                .orElseThrow()
                .defaultValue());
    // the WooCommerce simulator stands in for the real store: a setup.sh state folder naming it
    try (WooCommerceSimulator woo = WooCommerceSimulator.builder().start();
        QuickBooksSimulator qb = QuickBooksSimulator.builder().start()) {
      woo.seedDemoStore();
      Files.writeString(
          dir.resolve("credentials.env"),
          "SITE_URL="
              + woo.baseUrl()
              + "\nCK="
              + woo.consumerKey()
              + "\nCS="
              + woo.consumerSecret()
              + "\n");

      DeliveryLatency.Scenario real = DeliveryLatency.realStore(dir);
      try (DeliveryLatency.Shop shop = DeliveryLatency.RealShop.open(dir)) {
        ConfigValues serve =
            DeliveryLatency.connection("realrow", qb, qb.issueTokens(), shop, real.orderProbe());

        assertThat(serve.duration("sync.orderProbe")).isEqualTo(defaultProbe);
      }
      assertThat(real.label()).endsWith("order probe " + defaultProbe.toSeconds() + " s (default)");
    }
  }

  @Test
  void a_row_label_names_the_probe_it_runs() {
    assertThat(DeliveryLatency.probe(DeliveryLatency.DEFAULT_PROBE)).endsWith(" (default)");
    assertThat(DeliveryLatency.probe("15s")).isEqualTo("order probe 15 s");
    assertThat(DeliveryLatency.probe("0s")).isEqualTo("order probe off");
  }
}
