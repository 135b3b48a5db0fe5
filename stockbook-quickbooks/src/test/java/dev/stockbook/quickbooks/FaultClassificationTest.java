package dev.stockbook.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.core.books.RetriableBooksException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FaultClassificationTest {
  private final FakeWire wire = new FakeWire();
  private final QuickBooksClient client =
      QuickBooksClient.builder()
          .baseUrl("http://qbo.test/v3/company")
          .realmId("123")
          .tokens(AccessTokenSource.fixed("tok"))
          .clock(Clock.fixed(Instant.parse("2024-01-02T18:00:00Z"), ZoneOffset.UTC))
          .wire(wire)
          .build();

  private RuntimeException onWrite() {
    try {
      client.create("Item", client.json().createObjectNode().put("Name", "x"), "req-1");
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("expected a failure");
  }

  private RuntimeException onRead() {
    try {
      client.read("Item", "7");
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("expected a failure");
  }

  @Test
  void a_lost_connection_on_a_write_is_uncertain() {
    wire.fail(new IOException("connection reset"));
    assertThat(onWrite())
        .isInstanceOf(UncertainWriteException.class)
        .hasMessageContaining("may have been applied");
  }

  @Test
  void a_connection_that_never_opened_is_not_applied_even_for_a_write() {
    wire.fail(new java.net.ConnectException("Connection refused"));
    assertThat(onWrite())
        .isExactlyInstanceOf(RetriableBooksException.class)
        .hasMessageContaining("could not connect");
    wire.fail(new java.net.http.HttpConnectTimeoutException("connect timed out"));
    assertThat(onWrite()).isExactlyInstanceOf(RetriableBooksException.class);
  }

  @Test
  void a_timeout_on_a_read_is_retriable_but_not_uncertain() {
    wire.fail(new HttpTimeoutException("request timed out"));
    assertThat(onRead())
        .isExactlyInstanceOf(RetriableBooksException.class)
        .hasMessageContaining("timed out");
  }

  @Test
  void throttling_is_retriable_and_never_uncertain_even_on_a_write() {
    wire.answerFixture(429, "fault-throttle.json");
    assertThat(onWrite())
        .isExactlyInstanceOf(RetriableBooksException.class)
        .hasMessageContaining("throttled");
  }

  @Test
  void a_throttle_fault_in_xml_is_recognised() {
    wire.answerFixture(429, "fault-throttle.xml");
    assertThat(onRead())
        .isExactlyInstanceOf(RetriableBooksException.class)
        .hasMessageContaining("request limit was reached");
  }

  @Test
  void a_server_error_on_a_write_is_uncertain_and_on_a_read_retriable() {
    wire.answer(500, "{}").answer(503, "");
    assertThat(onWrite()).isInstanceOf(UncertainWriteException.class);
    assertThat(onRead()).isExactlyInstanceOf(RetriableBooksException.class);
  }

  @Test
  void a_duplicate_name_is_permanent_with_quickbooks_code_and_words() {
    wire.answerFixture(400, "fault-6240.json");
    RuntimeException e = onWrite();
    assertThat(e)
        .isExactlyInstanceOf(PermanentBooksException.class)
        .hasMessageContaining("Duplicate Name Exists Error")
        .hasMessageContaining("Another product or service is already using this name");
    assertThat(((PermanentBooksException) e).code()).isEqualTo("6240");
  }

  @Test
  void a_stale_sync_token_is_permanent_with_code_5010() {
    wire.answerFixture(400, "fault-5010.json");
    assertThat(((PermanentBooksException) onWrite()).code()).isEqualTo("5010");
  }

  @Test
  void an_xml_validation_fault_is_permanent_with_its_code() {
    wire.answerFixture(400, "fault-6000.xml");
    RuntimeException e = onWrite();
    assertThat(((PermanentBooksException) e).code()).isEqualTo("6000");
    assertThat(e).hasMessageContaining("You must select a product/service or an amount");
  }

  @Test
  void a_fault_inside_a_200_answer_is_still_a_fault() {
    wire.answerFixture(200, "fault-6240.json");
    assertThat(((PermanentBooksException) onWrite()).code()).isEqualTo("6240");
  }

  @Test
  void an_html_page_with_200_on_a_write_is_uncertain_and_on_a_read_retriable() {
    wire.answerFixture(200, "captcha.html").answerFixture(200, "captcha.html");
    assertThat(onWrite())
        .isInstanceOf(UncertainWriteException.class)
        .hasMessageContaining("unreadable body");
    assertThat(onRead()).isExactlyInstanceOf(RetriableBooksException.class);
  }

  @Test
  void an_html_404_page_is_permanent() {
    wire.answerFixture(404, "captcha.html");
    assertThat(onRead())
        .isExactlyInstanceOf(PermanentBooksException.class)
        .hasMessageContaining("404");
  }

  @Test
  void a_truncated_json_answer_to_a_write_is_uncertain() {
    wire.answer(200, "{\"Item\":{\"Id\":\"7\",\"Na");
    assertThat(onWrite()).isInstanceOf(UncertainWriteException.class);
  }

  @Test
  void a_success_without_the_entity_on_a_write_is_uncertain() {
    wire.answer(200, "{\"time\":\"2024-01-02T10:00:00.000-08:00\"}");
    assertThat(onWrite()).isInstanceOf(UncertainWriteException.class);
  }

  @Test
  void a_401_that_survives_a_refresh_is_an_auth_failure_with_code_3200() {
    wire.answerFixture(401, "fault-401.json").answerFixture(401, "fault-401.json");
    RuntimeException e = onRead();
    assertThat(e).isInstanceOf(QuickBooksAuthException.class).hasMessageContaining("Token expired");
    assertThat(((PermanentBooksException) e).code()).isEqualTo("3200");
    assertThat(wire.requests).hasSize(2);
  }

  @Test
  void garbage_bodies_only_ever_give_classified_exceptions() {
    for (String body :
        new String[] {"", "null", "[1,2]", "<html>", "{\"Fault\":7}", "\u0000\u0001"}) {
      wire.answer(502, body).answer(200, body);
      assertThat(onRead()).isExactlyInstanceOf(RetriableBooksException.class);
      assertThat(onRead()).isExactlyInstanceOf(RetriableBooksException.class);
    }
  }
}
