package dev.stockbook.core.state;

import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.PostedDocument;
import dev.stockbook.store.StoreOrder;
import java.time.Instant;

/**
 * The engine's record of one store order.
 *
 * @param connection the connection name
 * @param orderId the store's order id
 * @param snapshot the order as last read from the store
 * @param revision bumped when the content that matters for posting (lines, totals) changes
 * @param contentHash fingerprint of that content
 * @param state where the order stands
 * @param reason for {@link OrderState#PARKED} and {@link OrderState#IGNORED}: why, in plain words
 * @param documentKind the QuickBooks document type once posted
 * @param booksId the QuickBooks document id once posted
 * @param booksDocNumber the QuickBooks document number once posted
 * @param firstSeenAt when Stockbook first saw the order
 * @param postedAt when it was posted
 */
public record TrackedOrder(
    String connection,
    String orderId,
    StoreOrder snapshot,
    int revision,
    String contentHash,
    OrderState state,
    String reason,
    DocumentKind documentKind,
    String booksId,
    String booksDocNumber,
    Instant firstSeenAt,
    Instant postedAt) {

  /** The QuickBooks document the order was posted as (its kind, id and number). */
  public PostedDocument postedDocument() {
    return new PostedDocument(documentKind, booksId, booksDocNumber, null, null);
  }

  public TrackedOrder withState(OrderState newState, String newReason) {
    return new TrackedOrder(
        connection,
        orderId,
        snapshot,
        revision,
        contentHash,
        newState,
        newReason,
        documentKind,
        booksId,
        booksDocNumber,
        firstSeenAt,
        postedAt);
  }

  public TrackedOrder posted(DocumentKind kind, String id, String docNumber, Instant at) {
    return new TrackedOrder(
        connection,
        orderId,
        snapshot,
        revision,
        contentHash,
        OrderState.POSTED,
        null,
        kind,
        id,
        docNumber,
        firstSeenAt,
        at);
  }

  public TrackedOrder withSnapshot(StoreOrder order, int newRevision, String newHash) {
    return new TrackedOrder(
        connection,
        orderId,
        order,
        newRevision,
        newHash,
        state,
        reason,
        documentKind,
        booksId,
        booksDocNumber,
        firstSeenAt,
        postedAt);
  }
}
