package dev.stockbook.core.state;

import java.util.Optional;

/**
 * Named progress markers per connection, changed by compare-and-set on a version: a false result
 * means someone else moved the cursor first, which is not an error.
 */
public interface CursorRepository {

  /** A cursor value and the version it was read at. */
  record Cursor(String value, long version) {}

  Optional<Cursor> get(String connection, String name);

  /**
   * Sets the cursor if its version is still {@code expectedVersion} (0 = the cursor must not exist
   * yet). Returns whether it was set.
   */
  boolean compareAndSet(String connection, String name, long expectedVersion, String value);
}
