package dev.stockbook.core.books;

import java.time.Instant;
import java.util.Set;

/**
 * What changed in QuickBooks.
 *
 * @param itemIds items whose quantity may have moved
 * @param until the server time the answer is complete up to: the next {@code since}
 * @param sweepNeeded true when a change could not be traced to items (e.g. a deleted transaction,
 *     whose lines CDC does not return): the engine should re-read all inventory items
 */
public record BooksChanges(Set<String> itemIds, Instant until, boolean sweepNeeded) {
  public BooksChanges {
    itemIds = Set.copyOf(itemIds);
  }
}
