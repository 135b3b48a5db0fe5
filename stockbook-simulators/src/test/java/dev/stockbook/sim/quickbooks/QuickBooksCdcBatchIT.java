package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QboHttp.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuickBooksCdcBatchIT {
  private QuickBooksSimulator sim;
  private QboHttp qbo;
  private SimClock clock;

  @BeforeEach
  void start() {
    clock = SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z"));
    sim = QuickBooksSimulator.builder().clock(clock).start();
    sim.options().disableLimits();
    sim.seedDemoCompany();
    qbo = new QboHttp(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void cdc_returns_changed_objects_in_full_and_deletions_as_tombstones() {
    clock.advance(Duration.ofMinutes(30));
    String red = qbo.idOf("Item", "Name = 'redwine'");
    qbo.post(
        "item?operation=update",
        "{\"Id\":\"" + red + "\",\"SyncToken\":\"0\",\"sparse\":true,\"UnitPrice\":13}");
    String sale =
        "{\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":3,\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\""
            + qbo.idOf("Item", "Name = 'giftwrap'")
            + "\"},\"Qty\":1,\"UnitPrice\":3}}]}";
    String receipt = qbo.post("salesreceipt", sale).json().path("SalesReceipt").path("Id").asText();
    qbo.post("salesreceipt?operation=delete", "{\"Id\":\"" + receipt + "\",\"SyncToken\":\"0\"}");

    Answer cdc = qbo.get("cdc?entities=Item,SalesReceipt&changedSince=2026-03-01T04:15:00-08:00");

    var responses = cdc.json().path("CDCResponse").path(0).path("QueryResponse");
    assertThat(responses.path(0).path("Item").findValuesAsText("Name")).containsExactly("redwine");
    assertThat(responses.path(1).path("SalesReceipt").path(0).path("status").asText())
        .isEqualTo("Deleted");
    assertThat(responses.path(1).path("SalesReceipt").path(0).path("Id").asText())
        .isEqualTo(receipt);
  }

  @Test
  void cdc_refuses_a_changed_since_older_than_thirty_days() {
    Answer cdc = qbo.get("cdc?entities=Item&changedSince=2026-01-01");

    assertThat(cdc.status()).isEqualTo(400);
    assertThat(cdc.json().has("Fault")).isTrue();
  }

  @Test
  void a_batch_answers_each_item_under_its_bid_and_isolates_the_failing_one() {
    String body =
        """
        {"BatchItemRequest":[
          {"bId":"b1","operation":"create","Item":{"Name":"Opener","Type":"Service"}},
          {"bId":"b2","operation":"create","Item":{"Name":"redwine","Type":"Service"}},
          {"bId":"b3","Query":"select * from Item where Name = 'whitewine'"}]}
        """;

    Answer batch = qbo.post("batch", body);

    var items = batch.json().path("BatchItemResponse");
    assertThat(batch.status()).isEqualTo(200);
    assertThat(items.path(0).path("bId").asText()).isEqualTo("b1");
    assertThat(items.path(0).path("Item").path("Name").asText()).isEqualTo("Opener");
    assertThat(items.path(1).path("Fault").path("Error").path(0).path("code").asText())
        .isEqualTo("6240");
    assertThat(items.path(2).path("QueryResponse").path("Item").path(0).path("Name").asText())
        .isEqualTo("whitewine");
  }

  @Test
  void a_batch_item_cannot_see_an_object_created_earlier_in_the_same_batch() {
    String body =
        """
        {"BatchItemRequest":[
          {"bId":"c","operation":"create","Customer":{"DisplayName":"Same Batch"}},
          {"bId":"q","Query":"select * from Customer where DisplayName = 'Same Batch'"}]}
        """;

    Answer batch = qbo.post("batch", body);

    assertThat(batch.json().path("BatchItemResponse").path(1).path("QueryResponse").isEmpty())
        .isTrue();
    assertThat(qbo.idOf("Customer", "DisplayName = 'Same Batch'")).isNotBlank();
  }

  @Test
  void a_batch_can_void_with_options_data() {
    String sale =
        "{\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":12,\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\""
            + qbo.idOf("Item", "Name = 'redwine'")
            + "\"},\"Qty\":1,\"UnitPrice\":12}}]}";
    String id = qbo.post("salesreceipt", sale).json().path("SalesReceipt").path("Id").asText();

    Answer batch =
        qbo.post(
            "batch",
            "{\"BatchItemRequest\":[{\"bId\":\"v\",\"operation\":\"update\",\"optionsData\":\"void\",\"SalesReceipt\":{\"Id\":\""
                + id
                + "\",\"SyncToken\":\"0\"}}]}");

    assertThat(
            batch
                .json()
                .path("BatchItemResponse")
                .path(0)
                .path("SalesReceipt")
                .path("TotalAmt")
                .decimalValue())
        .isEqualByComparingTo("0");
  }

  @Test
  void a_batch_over_the_size_limit_is_refused_with_1040() {
    String items =
        IntStream.range(0, 31)
            .mapToObj(i -> "{\"bId\":\"q" + i + "\",\"Query\":\"select * from Item\"}")
            .collect(Collectors.joining(","));

    Answer batch = qbo.post("batch", "{\"BatchItemRequest\":[" + items + "]}");

    assertThat(batch.status()).isEqualTo(400);
    assertThat(batch.faultCode()).isEqualTo("1040");
  }
}
