package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.app.cli.Main;
import dev.stockbook.app.config.ConfigWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A connection whose refresh token QuickBooks no longer accepts is paused with a clear status;
 * {@code stockbook connect quickbooks} against the simulator's OAuth pages stores new tokens and
 * the connection resumes.
 */
class ConnectQuickBooksIT {
  @TempDir Path dir;

  @Test
  void invalid_grant_pauses_the_connection_and_connecting_quickbooks_resumes_it() throws Exception {
    try (ServiceWorld world =
        ServiceWorld.start(
            dir,
            c -> {
              c.put("quickbooks.accessToken", "");
              c.put("quickbooks.refreshToken", "spent-refresh-token");
            })) {
      world.connection.put("quickbooks.authorizeUrl", world.quickbooks.authorizeUrl().toString());
      Eventually.until(
          Duration.ofSeconds(20),
          () -> status(world).equals("needs-reconnect"),
          "the connection paused");
      assertThat(world.admin("GET", "/api/connections").body())
          .contains("connect quickbooks --connection demo");

      Path config = dir.resolve("stockbook.yaml");
      ConfigWriter.write(
          config, "jdbc:sqlite:" + dir.resolve("stockbook.db").toAbsolutePath(), world.connection);
      StringWriter out = new StringWriter();
      CommandLine cli = new CommandLine(new Main()).setOut(new PrintWriter(out, true));
      CompletableFuture<Integer> exit =
          CompletableFuture.supplyAsync(
              () ->
                  cli.execute(
                      "connect",
                      "quickbooks",
                      "--config",
                      config.toString(),
                      "--connection",
                      "demo",
                      "--port",
                      "0",
                      "--wait",
                      "30s"));
      Eventually.until(
          Duration.ofSeconds(20), () -> out.toString().contains("state="), "the authorization URL");
      String url =
          out.toString().lines().filter(l -> l.startsWith("http")).findFirst().orElseThrow();

      HttpResponse<String> approved =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(approved.statusCode()).isEqualTo(200);
      assertThat(approved.body()).contains("is connected to demo");
      assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
      assertThat(status(world)).isEqualTo("active");
      int runs = world.runs();
      world.admin("POST", "/api/connections/demo/sync");
      Eventually.until(
          Duration.ofSeconds(20), () -> world.runs() > runs, "a cycle after reconnecting");
      assertThat(world.wiring.state().runs().recent("demo", 1).get(0).errors()).isZero();
    }
  }

  private static String status(ServiceWorld world) {
    return world.server.runtime().tables().status("demo").state().label();
  }
}
