package dev.stockbook.core.state;

/**
 * Everything the engine keeps between cycles, for all connections. Implemented in {@code
 * stockbook-state} on SQLite and PostgreSQL; a fake lives in the core's tests. Each method of each
 * repository is atomic on its own.
 */
public interface StateStore extends AutoCloseable {
  OrderRepository orders();

  PostingRepository postings();

  BindingRepository bindings();

  StockRepository stock();

  CursorRepository cursors();

  RunRepository runs();

  /** Whether the store can serve requests now (database reachable, schema migrated). */
  default boolean ready() {
    return true;
  }

  @Override
  default void close() {}
}
