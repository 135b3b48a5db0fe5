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

  /**
   * Runs {@code work} so that every repository call it makes on this thread commits together, or
   * not at all if it throws: how the engine records a page of store orders with one commit (one
   * sync to disk) instead of one per order. Calls from other threads are not part of it.
   */
  default void inOneTransaction(Runnable work) {
    work.run();
  }

  /** Whether the store can serve requests now (database reachable, schema migrated). */
  default boolean ready() {
    return true;
  }

  @Override
  default void close() {}
}
