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
import dev.stockbook.core.state.StockStatus;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.StockAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    TrackedOrder order =
        tracked("42", OrderState.WAITING, T0)
            .posted(DocumentKind.INVOICE, "146", "WEB-1042", T0.plusNanos(123_456_789));
    Binding binding =
        new Binding(
            "shop", "redwine", "5", StockAddress.single("11", null), true, Binding.Origin.MATCHED);
    StockRecord stock =
        new StockRecord("shop", "redwine", 20L, null, 19L, T0, StockStatus.DRIFT, "store shows 19");
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
    assertThat(store.cursors().get("shop", "orders").orElseThrow().value())
        .isEqualTo("2026-03-01T10:00:00Z");
  }

  @Test
  void a_transaction_that_reads_then_writes_is_not_refused_when_another_process_writes_meanwhile()
      throws Exception {
    store.orders().save(tracked("1", OrderState.WAITING, T0));
    ExecutorService otherProcess = Executors.newSingleThreadExecutor();
    try (DatabaseStateStore other = Databases.open(url())) {
      Future<?>[] otherWrite = new Future<?>[1];
      store.inOneTransaction(
          () -> {
            store.orders().find("shop", "1");
            otherWrite[0] =
                otherProcess.submit(
                    () -> other.orders().save(tracked("2", OrderState.WAITING, T0)));
            try {
              // A deferred transaction lets the other write commit here, and its own write below
              // then
              // fails with SQLITE_BUSY; an immediate one holds the lock, so the other write waits.
              otherWrite[0].get(1, TimeUnit.SECONDS);
            } catch (TimeoutException waiting) {
              // the other process waits for this transaction, as it should
            } catch (InterruptedException | ExecutionException e) {
              throw new IllegalStateException(e);
            }
            store.orders().save(tracked("1", OrderState.PARKED, T0));
          });
      otherWrite[0].get(20, TimeUnit.SECONDS);
    } finally {
      otherProcess.shutdownNow();
    }
    assertThat(store.orders().find("shop", "1").orElseThrow().state()).isEqualTo(OrderState.PARKED);
    assertThat(store.orders().find("shop", "2")).isPresent();
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
    assertThatThrownBy(() -> Databases.open("jdbc:sqlite::memory:"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Databases.open("jdbc:mysql://localhost/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
