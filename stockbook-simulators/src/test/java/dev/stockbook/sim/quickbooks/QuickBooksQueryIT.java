package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.quickbooks.QboHttp.Answer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuickBooksQueryIT {
  private static QuickBooksSimulator sim;
  private static QboHttp qbo;

  @BeforeAll
  static void start() {
    sim = QuickBooksSimulator.start();
    sim.options().disableLimits();
    sim.seedDemoCompany();
    qbo = new QboHttp(sim);
    String id = qbo.idOf("Item", "Name = 'giftwrap'");
    qbo.post(
        "item?operation=update",
        "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\",\"sparse\":true,\"Active\":false}");
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static java.util.List<String> names(Answer answer) {
    return answer.json().path("QueryResponse").path("Item").findValuesAsText("Name");
  }

  @Test
  void keywords_and_entity_names_are_case_insensitive_and_name_lists_are_active_only() {
    assertThat(names(qbo.query("SELECT * FROM Item")))
        .containsExactly("redwine", "whitewine", "TEE-S", "TEE-M", "Shipping");
    assertThat(names(qbo.query("select * from item"))).hasSize(5);
    assertThat(names(qbo.query("select * from Item where Active = false")))
        .containsExactly("giftwrap");
  }

  @Test
  void where_supports_equals_comparisons_in_and_like_joined_by_and() {
    assertThat(names(qbo.query("select * from Item where Type = 'Inventory' and QtyOnHand < 10")))
        .containsExactly("TEE-S", "TEE-M");
    assertThat(names(qbo.query("select * from Item where Name like 'TEE%'")))
        .containsExactly("TEE-S", "TEE-M");
    assertThat(names(qbo.query("select * from Item where Name in ('redwine', 'whitewine')")))
        .hasSize(2);
    assertThat(names(qbo.query("select * from Item where UnitPrice >= 12 and UnitPrice <= 15")))
        .hasSize(3);
    assertThat(
            names(
                qbo.query(
                    "select * from Item where MetaData.LastUpdatedTime > '2000-01-01T00:00:00-0700'")))
        .hasSize(5);
  }

  @Test
  void orderby_startposition_and_maxresults_page_through_results() {
    Answer page = qbo.query("select * from Item orderby Name desc startposition 2 maxresults 2");

    assertThat(names(page)).containsExactly("TEE-S", "TEE-M");
    assertThat(page.json().path("QueryResponse").path("startPosition").asInt()).isEqualTo(2);
    assertThat(page.json().path("QueryResponse").path("maxResults").asInt()).isEqualTo(2);
  }

  @Test
  void count_returns_total_count_and_no_rows_returns_an_empty_query_response() {
    assertThat(
            qbo.query("select count(*) from Item")
                .json()
                .path("QueryResponse")
                .path("totalCount")
                .asInt())
        .isEqualTo(5);
    Answer none = qbo.query("select * from Item where Name = 'nothing'");
    assertThat(none.json().path("QueryResponse").isEmpty()).isTrue();
    assertThat(none.json().has("time")).isTrue();
  }

  @Test
  void a_query_can_be_posted_as_application_text() {
    Answer answer =
        qbo.post(
            "query?minorversion=75",
            "application/text",
            "select * from Customer where DisplayName = 'Web Store'"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(
            answer
                .json()
                .path("QueryResponse")
                .path("Customer")
                .path(0)
                .path("DisplayName")
                .asText())
        .isEqualTo("Web Store");
  }

  @Test
  void bad_syntax_is_a_400_query_parser_fault() {
    for (String bad :
        new String[] {
          "select from Item",
          "select * from Item where Name = 'x' or Name = 'y'",
          "select * from Item where Name = 'open",
          "delete from Item"
        }) {
      Answer answer = qbo.query(bad);
      assertThat(answer.status()).as(bad).isEqualTo(400);
      assertThat(answer.faultCode()).as(bad).isEqualTo("4000");
    }
    assertThat(qbo.query("select * from Widget").faultCode()).isEqualTo("4001");
  }
}
