package dev.stockbook.core.engine;

import dev.stockbook.core.books.Books;
import dev.stockbook.core.state.StateStore;
import dev.stockbook.store.StoreConnector;
import java.time.Clock;

/** Everything one connection's flows work with. */
public record SyncContext(
    ConnectionSettings settings, StoreConnector store, Books books, StateStore state, Clock clock) {

  public String connection() {
    return settings.name();
  }

  public PostingKeys keys() {
    return new PostingKeys(settings.name());
  }
}
