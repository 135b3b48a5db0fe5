package dev.stockbook.core.state;

import java.time.Instant;

/**
 * One write to QuickBooks in the posting ledger. The row exists (state {@link
 * PostingState#SENDING}) before the request leaves; its key is unique and is sent as QuickBooks'
 * {@code requestid}.
 *
 * @param key the deterministic posting key
 * @param connection the connection name
 * @param orderId the store order the write belongs to
 * @param kind what is written
 * @param state where the write stands
 * @param booksId the QuickBooks id once known
 * @param docNumber the document number
 * @param message the last error in plain words, or {@code null}
 * @param attempts how many times the request was sent
 * @param createdAt when the row was written
 * @param updatedAt when it last changed
 */
public record Posting(
    String key,
    String connection,
    String orderId,
    PostingKind kind,
    PostingState state,
    String booksId,
    String docNumber,
    String message,
    int attempts,
    Instant createdAt,
    Instant updatedAt) {

  public static Posting sending(
      String key,
      String connection,
      String orderId,
      PostingKind kind,
      String docNumber,
      Instant at) {
    return new Posting(
        key, connection, orderId, kind, PostingState.SENDING, null, docNumber, null, 1, at, at);
  }
}
