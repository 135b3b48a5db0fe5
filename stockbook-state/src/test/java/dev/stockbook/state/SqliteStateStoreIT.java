package dev.stockbook.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.state.Binding;
import dev.stockbook.core.state.CycleRun;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.core.state.StockRecord;
import dev.stockbook.core.state.TrackedOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state contract on SQLite, a fresh file per test. */
class SqliteStateStoreIT extends DatabaseStateStoreContract {
  @TempDir Path dir;
  private int files;

  @Override
  protected String newDatabaseUrl() {
    return "jdbc:sqlite:" + dir.resolve("stockbook-" + files++ + ".db");
  }

  @Test
  void everything_saved_is_still_there_after_the_store_is_closed_and_reopened() {
    TrackedOrder order = tracked("42", OrderState.WAITING, T0).posted(DocumentKind.INVOICE, "146", "WEB-1042", T0.plusNanos(123_456_789));
    Binding binding = new Binding("shop", "redwine", "5", "11", null, true, Binding.Origin.MATCHED);
    StockRecord stock = new StockRecord("shop", "redwine", 20L, null, 19L, T0, "drift", "store shows 19");
    CycleRun run = new CycleRun("shop", T0, T0.plusSeconds(1), 1, 1, 0, 1, 0, "first");
    Posting posting = Posting.sending("sb-42-r1", "shop", "42", PostingKind.SALE, "WEB-1042", T0);
    store.orders().save(order);
    store.bindings().save(binding);
    store.stock().save(stock);
    store.runs().save(run);
    store.postings().begin(posting);
    store.cursors().compareAndSet("shop", "orders", 0, "2026-03-01T10:00:00Z");
    store.close();

    store = Databases.open(url());
    assertThat(store.orders().find("shop", "42")).contains(order);
    assertThat(store.bindings().find("shop", "redwine")).contains(binding);
    assertThat(store.stock().find("shop", "redwine")).contains(stock);
    assertThat(store.runs().recent("shop", 5)).containsExactly(run);
    assertThat(store.postings().find("sb-42-r1")).contains(posting);
    assertThat(store.cursors().get("shop", "orders").orElseThrow().value()).isEqualTo("2026-03-01T10:00:00Z");
  }

  @Test
  void the_database_folder_is_created_when_missing() {
    Path file = dir.resolve("data/nested/stockbook.db");
    try (DatabaseStateStore opened = Databases.open("jdbc:sqlite:" + file)) {
      assertThat(opened.ready()).isTrue();
    }
    assertThat(Files.exists(file)).isTrue();
  }

  @Test
  void an_in_memory_or_unknown_database_url_is_refused() {
    assertThatThrownBy(() -> Databases.open("jdbc:sqlite::memory:")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Databases.open("jdbc:mysql://localhost/x")).isInstanceOf(IllegalArgumentException.class);
  }
}
