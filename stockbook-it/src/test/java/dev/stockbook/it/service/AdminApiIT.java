package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.sim.woocommerce.Shopper;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin API over HTTP: refused without the token, and what an operator does with it. */
class AdminApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private ServiceWorld world;

  @BeforeEach
  void start() {
    world = ServiceWorld.start(dir).afterFirstCycle();
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void requests_without_the_admin_token_or_with_a_wrong_one_are_refused() {
    assertThat(world.send(HttpRequest.newBuilder(world.url("/api/connections"))).statusCode())
        .isEqualTo(401);
    assertThat(
            world
                .send(
                    HttpRequest.newBuilder(world.url("/api/connections"))
                        .header("Authorization", "Bearer wrong"))
                .statusCode())
        .isEqualTo(401);
    assertThat(
            world
                .send(
                    HttpRequest.newBuilder(world.url("/api/connections/demo/sync"))
                        .POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode())
        .isEqualTo(401);
    assertThat(world.admin("GET", "/api/connections").statusCode()).isEqualTo(200);
  }

  @Test
  void connections_are_listed_with_their_status_and_last_run() throws Exception {
    JsonNode list = JSON.readTree(world.admin("GET", "/api/connections").body());

    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("name").asText()).isEqualTo("demo");
    assertThat(list.get(0).path("status").asText()).isEqualTo("active");
    assertThat(list.get(0).path("lastRun").path("summary").asText()).contains("order(s) read");
  }

  @Test
  void a_paused_connection_is_not_synced_until_it_is_resumed() throws Exception {
    assertThat(
            JSON.readTree(world.admin("POST", "/api/connections/demo/pause").body())
                .path("status")
                .asText())
        .isEqualTo("paused");
    int runs = world.runs();
    long order = world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
    world.woocommerce.deliverDueWebhooks();
    assertThat(world.admin("POST", "/api/connections/demo/sync").statusCode()).isEqualTo(202);
    String doc = "WEB-" + world.woocommerce.order(order).path("number").asText();
    assertThat(world.bookkeeper.countDocuments("SalesReceipt", doc)).isZero();

    world.admin("POST", "/api/connections/demo/resume");

    Eventually.until(
        Duration.ofSeconds(15),
        () -> world.bookkeeper.countDocuments("SalesReceipt", doc) == 1,
        "the order posted after resume");
    Eventually.until(Duration.ofSeconds(15), () -> world.runs() > runs, "the run recorded");
  }

  @Test
  void runs_parked_orders_and_stock_drift_are_listed_and_an_order_can_be_ignored()
      throws Exception {
    assertThat(JSON.readTree(world.admin("GET", "/api/connections/demo/runs").body()).size())
        .isPositive();
    assertThat(
            JSON.readTree(world.admin("GET", "/api/connections/demo/orders?state=parked").body())
                .isArray())
        .isTrue();
    JsonNode stock = JSON.readTree(world.admin("GET", "/api/connections/demo/stock").body());
    assertThat(stock.toString()).contains("redwine");

    long order = world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
    world.woocommerce.deliverDueWebhooks();
    Eventually.until(
        Duration.ofSeconds(15),
        () -> world.wiring.state().orders().find("demo", String.valueOf(order)).isPresent());
    JsonNode ignored =
        JSON.readTree(
            world.admin("POST", "/api/connections/demo/orders/" + order + "/ignore").body());
    assertThat(ignored.path("state").asText()).isEqualTo("IGNORED");
    assertThat(world.admin("POST", "/api/connections/demo/orders/999999/retry").statusCode())
        .isEqualTo(404);
    assertThat(world.admin("GET", "/api/connections/nope/runs").statusCode()).isEqualTo(404);
  }
}
