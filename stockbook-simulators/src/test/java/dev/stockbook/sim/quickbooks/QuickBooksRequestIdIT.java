package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.quickbooks.QboHttp.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuickBooksRequestIdIT {
  private QuickBooksSimulator sim;
  private QboHttp qbo;

  @BeforeEach
  void start() {
    sim = QuickBooksSimulator.start();
    sim.options().disableLimits();
    qbo = new QboHttp(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private int customers() {
    return qbo.query("select count(*) from Customer")
        .json()
        .path("QueryResponse")
        .path("totalCount")
        .asInt();
  }

  @Test
  void an_identical_retry_replays_the_first_response_without_a_second_write() {
    Answer first =
        qbo.post("customer?requestid=r-1&minorversion=75", "{\"DisplayName\":\"Retry Buyer\"}");
    Answer retry =
        qbo.post("customer?requestid=r-1&minorversion=75", "{\"DisplayName\":\"Retry Buyer\"}");

    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.json().path("Customer").path("Id"))
        .isEqualTo(first.json().path("Customer").path("Id"));
    assertThat(customers()).isEqualTo(1);
  }

  @Test
  void a_reused_request_id_with_a_different_body_gets_600() {
    qbo.post("customer?requestid=r-2", "{\"DisplayName\":\"One\"}");

    Answer reused = qbo.post("customer?requestid=r-2", "{\"DisplayName\":\"Two\"}");

    assertThat(reused.status()).isEqualTo(400);
    assertThat(reused.faultCode()).isEqualTo("600");
  }

  @Test
  void with_the_switch_off_a_retry_executes_again() {
    sim.options().honourRequestId(false);
    qbo.post("customer?requestid=r-3", "{\"DisplayName\":\"Dupe\",\"sparse\":false}");

    Answer second =
        qbo.post("customer?requestid=r-3", "{\"DisplayName\":\"Dupe\",\"sparse\":false}");

    assertThat(second.faultCode()).isEqualTo("6240");
  }
}
