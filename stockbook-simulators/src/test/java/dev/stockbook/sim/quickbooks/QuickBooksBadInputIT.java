package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.quickbooks.QboHttp.Answer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuickBooksBadInputIT {
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

  private static void isFault(Answer answer, int status) {
    assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
    assertThat(answer.json().path("Fault").path("Error").path(0).path("code").asText())
        .as(answer.raw())
        .isNotBlank();
    assertThat(answer.raw()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void malformed_json_and_non_object_bodies_are_validation_faults() {
    isFault(qbo.post("customer", "{\"DisplayName\": "), 400);
    isFault(qbo.post("customer", "[1,2]"), 400);
    isFault(qbo.post("salesreceipt", "{\"Line\":[1]}"), 400);
    isFault(
        qbo.post(
            "salesreceipt",
            "{\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":\"abc\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"x\"}}}]}"),
        400);
  }

  @Test
  void a_wrong_content_type_is_refused() {
    isFault(qbo.post("customer", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415);
  }

  @Test
  void an_unknown_entity_or_a_missing_one_is_a_fault() {
    isFault(qbo.post("widget", "{}"), 400);
    isFault(qbo.get("customer/424242"), 400);
    isFault(qbo.query("select * from"), 400);
  }

  @Test
  void an_oversized_body_is_refused_with_a_fault() {
    byte[] big = new byte[5 * 1024 * 1024];
    Arrays.fill(big, (byte) ' ');

    isFault(qbo.post("customer", "application/json", big), 413);
  }

  @Test
  void a_request_without_a_token_gets_401() {
    qbo.token("nonsense");

    assertThat(qbo.get("customer/1").status()).isEqualTo(401);
  }
}
