package dev.stockbook.sim.quickbooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParserTest {

  @Test
  void a_full_statement_parses_into_its_parts() {
    Query q =
        QueryParser.parse(
            "SELECT * FROM item WHERE Name IN ('a', 'b') AND QtyOnHand >= 2 ORDERBY Name DESC, Id STARTPOSITION 11 MAXRESULTS 10");

    assertThat(q.entity()).isEqualTo(EntityKind.ITEM);
    assertThat(q.where())
        .containsExactly(
            new Query.Condition("Name", "in", List.of("a", "b")),
            new Query.Condition("QtyOnHand", ">=", List.of(new BigDecimal("2"))));
    assertThat(q.orderBy())
        .containsExactly(new Query.Order("Name", true), new Query.Order("Id", false));
    assertThat(q.startPosition()).isEqualTo(11);
    assertThat(q.maxResults()).isEqualTo(10);
  }

  @Test
  void maxresults_defaults_to_100_and_is_capped_at_1000() {
    assertThat(QueryParser.parse("select * from Item").maxResults()).isEqualTo(100);
    assertThat(QueryParser.parse("select * from Item maxresults 5000").maxResults())
        .isEqualTo(1000);
  }

  @Test
  void an_escaped_apostrophe_stays_in_the_string() {
    Query q = QueryParser.parse("select * from Customer where DisplayName = 'O\\'Brien'");

    assertThat(q.where().get(0).values()).containsExactly("O'Brien");
  }

  @Test
  void count_and_booleans_parse() {
    Query q = QueryParser.parse("select count(*) from Item where Active = false");

    assertThat(q.count()).isTrue();
    assertThat(q.mentions("active")).isTrue();
    assertThat(q.where().get(0).values()).containsExactly(false);
  }

  @Test
  void or_projections_and_trailing_tokens_are_parser_errors() {
    for (String bad :
        List.of(
            "select * from Item where A = 1 or B = 2",
            "select Name from Item",
            "select * from Item maxresults",
            "select * from Item extra")) {
      assertThatThrownBy(() -> QueryParser.parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(QboFault.class, f -> assertThat(f.code()).isEqualTo("4000"));
    }
  }
}
