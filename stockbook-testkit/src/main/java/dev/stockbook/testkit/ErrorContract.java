package dev.stockbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.StoreConnector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors are classified at the edge, with messages that name what failed and never a secret. */
public interface ErrorContract extends Area {

  @Test
  default void a_refused_key_is_a_permanent_error_that_does_not_show_the_secret() {
    try (StoreConnector bad = store().factory().create(store().badCredentials())) {
      assertThatThrownBy(() -> bad.ordersChangedSince(OrderCursor.since(store().now())))
          .isInstanceOf(PermanentStoreException.class)
          .satisfies(
              e ->
                  store().badCredentials().values().asMap().entrySet().stream()
                      .filter(
                          k ->
                              k.getKey().toLowerCase().contains("secret")
                                  || k.getKey().toLowerCase().contains("token"))
                      .forEach(k -> assertThat(e.getMessage()).doesNotContain(k.getValue())));
    }
  }

  @Test
  default void looking_up_skus_nobody_has_finds_nothing_and_fails_nothing() {
    assertThat(connector().productsBySku(List.of(store().unique("nobody")))).isEmpty();
    assertThat(connector().ordersById(List.of())).isEmpty();
  }
}
