package dev.stockbook.quickbooks.internal;

import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.quickbooks.QuickBooksAuthException;
import dev.stockbook.quickbooks.UncertainWriteException;

/**
 * A classified failure of one write as a {@link PostOutcome}. Lost credentials are not about the
 * document, so they are thrown on for the engine to stop and ask for a reconnect.
 */
public final class Outcomes {
  private Outcomes() {}

  public static PostOutcome of(String key, RuntimeException failure) {
    if (failure instanceof QuickBooksAuthException auth) {
      throw auth;
    }
    if (failure instanceof UncertainWriteException) {
      return PostOutcome.uncertain(key, failure.getMessage());
    }
    if (failure instanceof RetriableBooksException) {
      return PostOutcome.notApplied(key, failure.getMessage());
    }
    if (failure instanceof PermanentBooksException) {
      return PostOutcome.rejected(key, failure.getMessage());
    }
    throw failure;
  }

  /** A per-item fault from a batch answer. */
  public static PostOutcome ofBatchFault(String key, QboError error) {
    return error.isThrottle()
        ? PostOutcome.notApplied(key, "throttled: " + error.plainWords())
        : PostOutcome.rejected(key, error.plainWords());
  }
}
