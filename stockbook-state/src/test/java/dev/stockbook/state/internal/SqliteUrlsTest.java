package dev.stockbook.state.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SqliteUrlsTest {
  @Test
  void the_file_is_the_url_without_its_prefix_and_options() {
    assertThat(SqliteUrls.file("jdbc:sqlite:./data/stockbook.db"))
        .isEqualTo(Path.of("./data/stockbook.db"));
    assertThat(SqliteUrls.file("jdbc:sqlite:/var/lib/x.db?foreign_keys=on"))
        .isEqualTo(Path.of("/var/lib/x.db"));
  }

  @Test
  void an_in_memory_database_is_refused_because_each_pooled_connection_would_see_another_one() {
    assertThatThrownBy(() -> SqliteUrls.file("jdbc:sqlite::memory:"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SqliteUrls.file("jdbc:sqlite:"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
