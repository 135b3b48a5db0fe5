package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.stockbook.sim.woocommerce.Shopper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Health, readiness and metrics; and no secret in clear text in logs, API answers or the database.
 */
class SecretsAndProbesIT {
  @TempDir Path dir;

  @Test
  void health_ready_and_metrics_answer_and_count_what_happened() {
    try (ServiceWorld world = ServiceWorld.start(dir).afterFirstCycle()) {
      long order = world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
      world.woocommerce.deliverDueWebhooks();
      String doc = "WEB-" + world.woocommerce.order(order).path("number").asText();
      Eventually.until(
          Duration.ofSeconds(15), () -> world.bookkeeper.countDocuments("SalesReceipt", doc) == 1);
      Eventually.until(
          Duration.ofSeconds(15),
          () -> metrics(world).contains("stockbook_orders_posted_total{connection=\"demo\"} 1.0"));

      assertThat(world.send(HttpRequest.newBuilder(world.url("/health"))).statusCode())
          .isEqualTo(200);
      assertThat(world.send(HttpRequest.newBuilder(world.url("/ready"))).body())
          .isEqualTo("{\"ready\":true}");
      assertThat(world.send(HttpRequest.newBuilder(world.url("/metrics"))).statusCode())
          .as("metrics without the admin token")
          .isEqualTo(401);
      assertThat(metrics(world))
          .contains(
              "stockbook_cycles_total",
              "stockbook_cycle_duration_seconds_bucket",
              "stockbook_api_calls_total{operation=\"POST\",service=\"quickbooks\",status=\"200\"}",
              "stockbook_api_calls_total{operation=\"ordersById\",service=\"store\",status=\"ok\"}",
              "stockbook_webhooks_total{outcome=\"recorded\",source=\"woocommerce\"}");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void secrets_appear_in_no_log_line_api_answer_or_database_file() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger ours = (Logger) LoggerFactory.getLogger("dev.stockbook");
    Level before = ours.getLevel();
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    ours.setLevel(Level.DEBUG);
    List<String> answers = new ArrayList<>();
    List<String> secrets;
    try (ServiceWorld world = ServiceWorld.start(dir).afterFirstCycle()) {
      secrets =
          List.of(
              world.connection.get("store.consumerSecret"),
              world.connection.get("quickbooks.clientSecret"),
              world.connection.get("quickbooks.accessToken"),
              world.connection.get("quickbooks.refreshToken"),
              world.connection.get("quickbooks.webhookVerifierToken"),
              ServiceWorld.WEBHOOK_SECRET,
              ServiceWorld.ADMIN_TOKEN);
      world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
      world.woocommerce.deliverDueWebhooks();
      Eventually.until(Duration.ofSeconds(15), () -> world.runs() >= 2);
      for (String path :
          List.of(
              "/api/connections",
              "/api/connections/demo/runs",
              "/api/connections/demo/orders?state=posted",
              "/api/connections/demo/stock")) {
        answers.add(world.admin("GET", path).body());
      }
      answers.add(world.admin("GET", "/metrics").body());
      answers.add(world.send(HttpRequest.newBuilder(world.url("/api/connections"))).body());
    } finally {
      root.detachAppender(logs);
      ours.setLevel(before);
    }
    String logText =
        String.join(
            "\n",
            logs.list.stream()
                .map(e -> e.getFormattedMessage() + " " + e.getThrowableProxy())
                .toList());
    String database = databaseFiles();

    assertThat(logs.list).isNotEmpty();
    assertThat(answers.get(0)).contains("demo");
    for (String secret : secrets) {
      assertThat(secret).hasSizeGreaterThan(8);
      assertThat(logText).as("logs").doesNotContain(secret);
      assertThat(String.join("\n", answers)).as("API answers").doesNotContain(secret);
      assertThat(database).as("database files").doesNotContain(secret);
    }
  }

  private String databaseFiles() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().startsWith("stockbook.db")).toList()) {
        all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(all).isNotEmpty();
    return all.toString();
  }

  private static String metrics(ServiceWorld world) {
    return world.admin("GET", "/metrics").body();
  }
}
