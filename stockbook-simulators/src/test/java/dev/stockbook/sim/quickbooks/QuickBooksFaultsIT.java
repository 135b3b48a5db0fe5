package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.quickbooks.QboHttp.Answer;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuickBooksFaultsIT {
  private QuickBooksSimulator sim;
  private QboHttp qbo;

  @BeforeEach
  void start() {
    sim = QuickBooksSimulator.start();
    sim.options().disableLimits();
    sim.seedDemoCompany();
    qbo = new QboHttp(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void an_injected_429_carries_the_throttle_fault_and_503_a_service_fault() {
    sim.faults()
        .next("GET", ".*/query", Fault.status(429), 1)
        .next("GET", ".*/query", Fault.status(503), 1);

    Answer throttled = qbo.query("select * from Item");
    Answer unavailable = qbo.query("select * from Item");

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.faultCode()).isEqualTo("3001");
    assertThat(throttled.tid()).isNotBlank();
    assertThat(unavailable.status()).isEqualTo(503);
    assertThat(unavailable.json().path("Fault").path("type").asText()).isEqualTo("SystemFault");
    assertThat(qbo.query("select * from Item").status()).isEqualTo(200);
  }

  @Test
  void commit_then_drop_applies_the_write_but_the_client_sees_an_io_error() {
    sim.faults().next("POST", ".*/customer", Fault.commitThenDrop(), 1);

    assertThatThrownBy(() -> qbo.post("customer", "{\"DisplayName\":\"Lost Answer\"}"))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(qbo.idOf("Customer", "DisplayName = 'Lost Answer'")).isNotBlank();
  }

  @Test
  void a_timeout_cuts_the_connection_without_doing_the_work() {
    sim.faults().next("POST", ".*/customer", Fault.timeout(Duration.ofMillis(100)), 1);

    assertThatThrownBy(() -> qbo.post("customer", "{\"DisplayName\":\"Never\"}"))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(
            qbo.query("select * from Customer where DisplayName = 'Never'")
                .json()
                .path("QueryResponse")
                .isEmpty())
        .isTrue();
  }

  @Test
  void latency_delays_but_answers_and_an_html_page_is_not_json() {
    sim.faults()
        .next("GET", ".*/query", Fault.latency(Duration.ofMillis(50)), 1)
        .next("GET", ".*/query", Fault.htmlPage(200), 1);

    assertThat(qbo.query("select * from Item").status()).isEqualTo(200);
    Answer html = qbo.query("select * from Item");
    assertThat(html.raw()).contains("<html>");
  }

  @Test
  void faults_and_the_journal_are_reachable_over_the_control_routes() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String rule =
        "{\"method\":\"GET\",\"pathPattern\":\".*/item/.*\",\"fault\":{\"kind\":\"STATUS\",\"status\":500,\"delay\":\"PT0S\"},\"probability\":1.0,\"times\":1}";
    http.send(
        HttpRequest.newBuilder(URI.create(sim.serverUrl() + "/_sim/faults"))
            .POST(HttpRequest.BodyPublishers.ofString(rule))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    Answer failed = qbo.get("item/1");
    String journal =
        http.send(
                HttpRequest.newBuilder(URI.create(sim.serverUrl() + "/_sim/journal")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.json().path("Fault").path("Error").path(0).path("code").asText())
        .isNotBlank();
    assertThat(journal).contains("STATUS", "/item/1");
  }
}
