package dev.stockbook.core.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The posting ledger: one row per write to QuickBooks, unique by key. */
public interface PostingRepository {

  /**
   * Claims the right to send {@code posting}: inserts it in state {@link PostingState#SENDING}, or
   * moves an existing row of the same key from {@link PostingState#NOT_APPLIED} to {@code SENDING}
   * (counting an attempt). Returns false when the key exists in any other state: the write is done,
   * refused or in progress, never to be sent again blindly.
   */
  boolean begin(Posting posting);

  /** Records an outcome for the row {@code key}. */
  void record(String key, PostingState state, String booksId, String message, Instant at);

  Optional<Posting> find(String key);

  /** Rows of a connection whose outcome is unknown ({@link PostingState#isUnresolved()}). */
  List<Posting> unresolved(String connection);

  /** Rows of a connection in {@code state} (e.g. writes to send again), oldest first. */
  List<Posting> inState(String connection, PostingState state);

  /** All rows of one order, oldest first. */
  List<Posting> forOrder(String connection, String orderId);
}
