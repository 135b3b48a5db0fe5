package dev.stockbook.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.quickbooks.Tokens;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QuickBooks rotates the refresh token on every refresh and the old one stops working. Stockbook
 * stores the new pair (sealed) before it uses it, so a process that stops right after a refresh
 * leaves a state from which the next process still connects.
 */
class TokenRotationIT {
  @TempDir Path dir;

  @Test
  void a_process_that_stops_right_after_a_refresh_leaves_the_rotated_token_for_the_next_one()
      throws Exception {
    try (QuickBooksSimulator qb = QuickBooksSimulator.builder().start();
        WooCommerceSimulator woo = WooCommerceSimulator.builder().start()) {
      qb.seedDemoCompany();
      woo.seedDemoStore();
      Tokens issued = qb.issueTokens();
      Map<String, String> settings =
          new java.util.LinkedHashMap<>(DemoWorld.connectionSettings(qb, woo, issued));
      settings.put("quickbooks.accessToken", ""); // no access token: the first call must refresh
      StockbookConfig config =
          new StockbookConfig(
              "jdbc:sqlite:" + dir.resolve("state.db"),
              8080,
              "",
              List.of(ConnectionConfig.validate(settings, "").values()));

      try (Wiring first = Wiring.open(config, Clock.systemUTC())) {
        // the refresh happens on the first QuickBooks call; then the process "stops" (nothing else
        // runs)
        first.context(config.connection(null)).books().inventoryItems();
      }
      assertThat(refresh(qb, issued.refreshToken()))
          .as("QuickBooks refuses the rotated-away token")
          .isEqualTo(400);
      assertThat(Files.readString(dir.resolve("state.db"), StandardCharsets.ISO_8859_1))
          .doesNotContain(issued.refreshToken());

      qb.clock()
          .advance(Duration.ofHours(2)); // the access token of the first process has expired too
      try (Wiring second = Wiring.open(config, Clock.systemUTC())) {
        CycleReport report = second.engine(null).runCycle(false);
        assertThat(report.errors())
            .as("the next process connects with the stored, rotated token")
            .isEmpty();
      }
    }
  }

  private static int refresh(QuickBooksSimulator qb, String refreshToken) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (qb.clientId() + ":" + qb.clientSecret()).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(qb.tokenUrl().toString()))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=refresh_token&refresh_token=" + refreshToken))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
