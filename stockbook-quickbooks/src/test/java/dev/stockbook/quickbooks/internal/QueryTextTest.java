package dev.stockbook.quickbooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTextTest {

  @Test
  void an_apostrophe_is_escaped_with_a_backslash() {
    assertThat(QueryText.quote("O'Brien's mug")).isEqualTo("'O\\'Brien\\'s mug'");
  }

  @Test
  void a_backslash_is_escaped_so_it_cannot_swallow_the_closing_quote() {
    assertThat(QueryText.quote("ends with \\")).isEqualTo("'ends with \\\\'");
  }

  @Test
  void an_in_list_quotes_every_value() {
    assertThat(QueryText.inList(List.of("a", "b'c"))).isEqualTo("('a','b\\'c')");
  }

  @Test
  void chunks_drop_duplicates_and_blanks_and_keep_order() {
    assertThat(QueryText.chunks(Arrays.asList("a", "b", "a", "", null, "c", "d", "e"), 2))
        .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
  }
}
