package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.app.web.dashboard.DashboardBackend;
import dev.stockbook.app.web.dashboard.WiringDashboardBackend;
import dev.stockbook.core.state.CursorRepository;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connection whose turns keep failing (here: stored tokens sealed with another master key, as a
 * node with its own key left them) makes {@code /ready} false and the dashboard red, and the
 * cluster view names the node that worked each turn.
 */
class TruthfulHealthIT {
  @TempDir Path dir;

  @Test
  void turns_that_keep_failing_make_ready_false_and_the_dashboard_red() throws Exception {
    try (ServiceWorld world = ServiceWorld.start(dir).afterFirstCycle()) {
      Eventually.until(
          Duration.ofSeconds(10),
          () -> cluster(world).path("turns").size() > 0,
          "the first turn in the cluster view");
      JsonNode view = cluster(world);
      assertThat(view.path("nodes").get(0).path("node").asText()).isEqualTo("test-node");
      assertThat(view.path("nodes").get(0).path("state").asText()).isEqualTo("alive");
      assertThat(view.path("turns").get(0).path("node").asText()).isEqualTo("test-node");
      assertThat(view.path("turns").get(0).path("outcome").asText()).isEqualTo("ok");
      assertThat(ready(world).statusCode()).isEqualTo(200);

      CursorRepository cursors = world.wiring.state().cursors();
      long version =
          cursors.get("demo", "quickbooks.tokens").map(CursorRepository.Cursor::version).orElse(0L);
      byte[] otherKeys = new byte[48];
      new java.util.Random(7).nextBytes(otherKeys);
      assertThat(
              cursors.compareAndSet(
                  "demo",
                  "quickbooks.tokens",
                  version,
                  "v1:" + Base64.getEncoder().encodeToString(otherKeys)))
          .isTrue();
      world.admin("POST", "/api/connections/demo/sync");

      Eventually.until(
          Duration.ofSeconds(30),
          () -> ready(world).statusCode() == 503,
          "/ready false after the turns kept failing");
      assertThat(ready(world).body()).contains("\"failing\":[\"demo\"]");
      DashboardBackend.ConnectionHealth health =
          new WiringDashboardBackend(world.wiring, name -> {}, Clock.systemUTC())
              .connections()
              .get(0);
      assertThat(health.health()).isEqualTo(DashboardBackend.Health.FAILING);
      assertThat(health.headline()).contains("turns failed", "cannot decrypt a stored secret");
      assertThat(cluster(world).path("turns").get(0).path("outcome").asText()).isEqualTo("failed");
    }
  }

  private static java.net.http.HttpResponse<String> ready(ServiceWorld world) {
    return world.send(HttpRequest.newBuilder(world.url("/ready")));
  }

  private static JsonNode cluster(ServiceWorld world) {
    try {
      return new ObjectMapper().readTree(world.admin("GET", "/api/cluster").body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
