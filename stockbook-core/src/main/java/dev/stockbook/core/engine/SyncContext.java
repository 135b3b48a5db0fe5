package dev.stockbook.core.engine;

import dev.stockbook.core.books.Books;
import dev.stockbook.core.engine.ledger.PostingKeys;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.core.state.StateStore;
import dev.stockbook.store.StoreConnector;
import java.time.Clock;

/**
 * Everything one connection's flows work with; {@code retry} is how QuickBooks reads are retried.
 */
public record SyncContext(
    ConnectionSettings settings,
    StoreConnector store,
    Books books,
    StateStore state,
    Clock clock,
    RetryPolicy retry) {

  /** A context whose QuickBooks calls are tried once. */
  public SyncContext(
      ConnectionSettings settings,
      StoreConnector store,
      Books books,
      StateStore state,
      Clock clock) {
    this(settings, store, books, state, clock, RetryPolicy.NONE);
  }

  /** The same context with QuickBooks reads retried under {@link #retry()}. */
  SyncContext retrying() {
    return retry.attempts() <= 1 || books instanceof RetryingBooks
        ? this
        : new SyncContext(settings, store, new RetryingBooks(books, retry), state, clock, retry);
  }

  public String connection() {
    return settings.name();
  }

  public PostingKeys keys() {
    return new PostingKeys(settings.name());
  }

  /** The ledger row of a write of this connection about to be sent (state SENDING), stamped now. */
  public Posting sending(String key, String orderId, PostingKind kind, String docNumber) {
    return Posting.sending(key, connection(), orderId, kind, docNumber, clock.instant());
  }
}
