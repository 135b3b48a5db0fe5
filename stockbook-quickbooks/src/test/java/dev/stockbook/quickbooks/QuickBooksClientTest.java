package dev.stockbook.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.quickbooks.internal.Wire;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickBooksClientTest {
  private final FakeWire wire = new FakeWire();
  private final List<String> exchanges = new ArrayList<>();
  private final QuickBooksClient client =
      QuickBooksClient.builder()
          .baseUrl("http://qbo.test/v3/company/")
          .realmId("123")
          .tokens(AccessTokenSource.fixed("tok"))
          .timeout(Duration.ofSeconds(7))
          .clock(Clock.fixed(Instant.parse("2024-01-02T18:00:00Z"), ZoneOffset.UTC))
          .listener(
              (method, path, status, elapsed) -> exchanges.add(method + " " + path + " " + status))
          .wire(wire)
          .build();

  @Test
  void a_create_carries_bearer_token_json_headers_minorversion_and_requestid() {
    wire.answerFixture(200, "sales-receipt-created.json");
    client.create("SalesReceipt", client.json().createObjectNode(), "pk-1001");
    Wire.Request request = wire.last();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri().getPath()).isEqualTo("/v3/company/123/salesreceipt");
    assertThat(FakeWire.param(request, "minorversion")).isEqualTo("75");
    assertThat(FakeWire.param(request, "requestid")).isEqualTo("pk-1001");
    assertThat(request.headers())
        .containsEntry("Authorization", "Bearer tok")
        .containsEntry("Accept", "application/json")
        .containsEntry("Content-Type", "application/json");
    assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void a_read_has_minorversion_but_no_requestid() {
    wire.answer(200, "{\"Item\":{\"Id\":\"7\"}}");
    client.read("Item", "7");
    assertThat(wire.last().uri().getPath()).isEqualTo("/v3/company/123/item/7");
    assertThat(FakeWire.param(wire.last(), "minorversion")).isEqualTo("75");
    assertThat(FakeWire.param(wire.last(), "requestid")).isNull();
  }

  @Test
  void a_request_id_longer_than_50_characters_is_refused_before_sending() {
    assertThatThrownBy(
            () -> client.create("Item", client.json().createObjectNode(), "x".repeat(51)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(wire.requests).isEmpty();
  }

  @Test
  void a_batch_request_id_longer_than_36_characters_is_refused() {
    assertThatThrownBy(() -> client.batch(client.json().createArrayNode(), "x".repeat(37)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void update_and_void_name_their_operation() {
    wire.answer(200, "{\"Invoice\":{\"Id\":\"1\"}}").answer(200, "{\"Invoice\":{\"Id\":\"1\"}}");
    client.update("Invoice", client.json().createObjectNode().put("sparse", true), "u-1");
    assertThat(FakeWire.param(wire.last(), "operation")).isEqualTo("update");
    client.voidTransaction("Invoice", client.json().createObjectNode(), "v-1");
    assertThat(FakeWire.param(wire.last(), "operation")).isEqualTo("void");
  }

  @Test
  void a_short_query_goes_as_get_and_a_long_one_as_post_application_text() {
    wire.answerFixture(200, "query-items.json").answerFixture(200, "query-empty.json");
    assertThat(client.query("select * from Item")).hasSize(3);
    assertThat(wire.last().method()).isEqualTo("GET");
    assertThat(FakeWire.param(wire.last(), "query")).isEqualTo("select * from Item");
    String longQuery = "select * from Item where Name in ('" + "a".repeat(600) + "')";
    assertThat(client.query(longQuery)).isEmpty();
    assertThat(wire.last().method()).isEqualTo("POST");
    assertThat(wire.last().headers()).containsEntry("Content-Type", "application/text");
    assertThat(FakeWire.body(wire.last())).isEqualTo(longQuery);
  }

  @Test
  void query_all_pages_by_a_thousand_until_a_short_page() {
    StringBuilder full = new StringBuilder("{\"QueryResponse\":{\"Item\":[");
    for (int i = 0; i < 1000; i++) {
      full.append(i == 0 ? "" : ",").append("{\"Id\":\"").append(i).append("\"}");
    }
    full.append("]}}");
    wire.answer(200, full.toString()).answerFixture(200, "query-items.json");
    assertThat(client.queryAll("select * from Item")).hasSize(1003);
    assertThat(FakeWire.param(wire.requests.get(0), "query"))
        .endsWith("startposition 1 maxresults 1000");
    assertThat(FakeWire.param(wire.requests.get(1), "query"))
        .endsWith("startposition 1001 maxresults 1000");
  }

  @Test
  void cdc_asks_for_the_entities_since_the_given_time() {
    wire.answerFixture(200, "cdc-deleted.json");
    client.cdc(List.of("Item", "SalesReceipt"), Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(wire.last().uri().getPath()).endsWith("/cdc");
    assertThat(FakeWire.param(wire.last(), "entities")).isEqualTo("Item,SalesReceipt");
    assertThat(FakeWire.param(wire.last(), "changedSince"))
        .isEqualTo("2024-01-01T00:00:00.000+00:00");
  }

  @Test
  void unknown_fields_in_answers_are_ignored() {
    wire.answerFixture(200, "sales-receipt-created.json");
    assertThat(
            client
                .create("SalesReceipt", client.json().createObjectNode(), "k")
                .path("TotalAmt")
                .decimalValue())
        .isEqualByComparingTo("64.77");
  }

  @Test
  void every_exchange_is_reported_to_the_listener_including_lost_ones() {
    wire.answer(200, "{\"Item\":{\"Id\":\"7\"}}").fail(new java.io.IOException("reset"));
    client.read("Item", "7");
    assertThatThrownBy(() -> client.read("Item", "8")).isInstanceOf(RuntimeException.class);
    assertThat(exchanges).containsExactly("GET /item/7 200", "GET /item/8 0");
  }

  @Test
  void server_time_is_read_with_its_offset() {
    var root = client.json().createObjectNode().put("time", "2024-01-02T10:05:00.000-08:00");
    assertThat(QuickBooksClient.serverTime(root)).isEqualTo(Instant.parse("2024-01-02T18:05:00Z"));
  }
}
