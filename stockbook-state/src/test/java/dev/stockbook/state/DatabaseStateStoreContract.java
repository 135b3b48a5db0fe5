package dev.stockbook.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.core.state.PostingState;
import dev.stockbook.core.state.StateStore;
import dev.stockbook.core.state.StateStoreContract;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The state contract plus what only a real database can show: two stores (as two processes would
 * have) on one database, and readiness. Subclassed once per database.
 */
abstract class DatabaseStateStoreContract extends StateStoreContract {
  private static final int KEYS = 40;
  private String url;

  /** The URL of a new, empty database for this test. */
  protected abstract String newDatabaseUrl();

  @Override
  protected StateStore newStore() {
    url = newDatabaseUrl();
    return Databases.open(url);
  }

  protected String url() {
    return url;
  }

  @Test
  void what_one_transaction_saves_is_kept_together_or_not_at_all() {
    store.inOneTransaction(
        () -> {
          store.orders().save(tracked("1", OrderState.WAITING, T0));
          store.orders().save(tracked("2", OrderState.WAITING, T0));
        });
    assertThat(store.orders().find("shop", "2")).isPresent();

    assertThatThrownBy(
            () ->
                store.inOneTransaction(
                    () -> {
                      store.orders().save(tracked("3", OrderState.WAITING, T0));
                      store.orders().save(tracked("1", OrderState.PARKED, T0));
                      throw new IllegalStateException("the process died mid-page");
                    }))
        .hasMessageContaining("mid-page");
    assertThat(store.orders().find("shop", "3")).isEmpty();
    assertThat(store.orders().find("shop", "1").orElseThrow().state())
        .isEqualTo(OrderState.WAITING);
  }

  @Test
  void two_stores_racing_to_begin_the_same_keys_each_key_is_won_exactly_once() throws Exception {
    try (DatabaseStateStore other = Databases.open(url)) {
      List<Integer> wins = race(store, other, i -> posting("new-" + i));
      assertThat(wins).hasSize(KEYS).containsOnly(1);
    }
  }

  @Test
  void two_stores_racing_to_resend_a_write_that_was_not_applied_only_one_sends_it()
      throws Exception {
    for (int i = 0; i < KEYS; i++) {
      store.postings().begin(posting("retry-" + i));
      store.postings().record("retry-" + i, PostingState.NOT_APPLIED, null, "throttled", T0);
    }
    try (DatabaseStateStore other = Databases.open(url)) {
      List<Integer> wins = race(store, other, i -> posting("retry-" + i));
      assertThat(wins).hasSize(KEYS).containsOnly(1);
    }
    assertThat(store.postings().find("retry-0").orElseThrow().attempts()).isEqualTo(2);
  }

  @Test
  void two_stores_moving_one_cursor_from_the_same_version_only_one_moves_it() throws Exception {
    store.cursors().compareAndSet("shop", "orders", 0, "start");
    long version = store.cursors().get("shop", "orders").orElseThrow().version();
    try (DatabaseStateStore other = Databases.open(url)) {
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<Boolean> a =
            pool.submit(
                () -> await(go) && store.cursors().compareAndSet("shop", "orders", version, "a"));
        Future<Boolean> b =
            pool.submit(
                () -> await(go) && other.cursors().compareAndSet("shop", "orders", version, "b"));
        go.countDown();
        assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void an_open_store_is_ready_and_a_closed_one_is_not() {
    DatabaseStateStore opened = Databases.open(url);
    assertThat(opened.ready()).isTrue();
    opened.close();
    assertThat(opened.ready()).isFalse();
  }

  @Test
  void a_store_whose_database_lost_the_latest_migration_is_not_ready() throws Exception {
    DatabaseStateStore opened = (DatabaseStateStore) store;
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.Statement s = c.createStatement()) {
      s.executeUpdate(
          "DELETE FROM flyway_schema_history WHERE installed_rank = (SELECT MAX(installed_rank) FROM flyway_schema_history)");
    }
    assertThat(opened.ready()).isFalse();
  }

  @Test
  void opening_an_already_migrated_database_again_changes_nothing() {
    store.postings().begin(posting("kept"));
    try (DatabaseStateStore again = Databases.open(url)) {
      assertThat(again.ready()).isTrue();
      assertThat(again.postings().find("kept")).isPresent();
    }
  }

  private static Posting posting(String key) {
    return Posting.sending(key, "shop", "1", PostingKind.SALE, "WEB-1", T0);
  }

  /** Both stores begin every key, in the same order, from one start signal; wins per key. */
  private static List<Integer> race(
      StateStore a, StateStore b, java.util.function.IntFunction<Posting> key) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<boolean[]> first = pool.submit(beginAll(a, key, go));
      Future<boolean[]> second = pool.submit(beginAll(b, key, go));
      go.countDown();
      boolean[] x = first.get();
      boolean[] y = second.get();
      List<Integer> wins = new ArrayList<>();
      for (int i = 0; i < KEYS; i++) {
        wins.add((x[i] ? 1 : 0) + (y[i] ? 1 : 0));
      }
      return wins;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<boolean[]> beginAll(
      StateStore s, java.util.function.IntFunction<Posting> key, CountDownLatch go) {
    return () -> {
      await(go);
      boolean[] won = new boolean[KEYS];
      for (int i = 0; i < KEYS; i++) {
        won[i] = s.postings().begin(key.apply(i));
      }
      return won;
    };
  }

  private static boolean await(CountDownLatch latch) throws InterruptedException {
    latch.await();
    return true;
  }
}
