package dev.stockbook.core.books;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The accounting system as the engine sees it (QuickBooks Online in {@code stockbook-quickbooks}).
 * Implementations batch their calls ({@code in (...)} queries, {@code /batch} writes), classify
 * every failure as {@link RetriableBooksException} or {@link PermanentBooksException}, and never
 * sleep or retry on their own: the engine owns retries.
 */
public interface Books {

  /** Active items whose field named by {@code rule} equals one of {@code keys} (exact match). */
  List<BooksItem> findItems(MatchRule rule, Collection<String> keys);

  /** Items by id with their current quantity on hand; unknown ids are left out. */
  List<BooksItem> itemsById(Collection<String> ids);

  /** Every active item that tracks quantity on hand (the full sweep). */
  List<BooksItem> inventoryItems();

  /** Creates an item; {@code item.requestId()} makes a retry safe. */
  BooksItem createItem(NewItem item);

  /** The id of the customer described, creating it when absent (unique display name). */
  String customerId(CustomerSpec customer);

  /**
   * Creates documents with as few requests as allowed; one outcome per document, in order. A
   * document's {@code postingKey} goes out as QuickBooks' {@code requestid}.
   */
  List<PostOutcome> post(List<BooksDocument> documents);

  /**
   * Looks a document up by type, number and the posting key written in its private note: how an
   * uncertain posting is resolved before anything is sent again.
   */
  Optional<PostedDocument> findPosted(DocumentKind kind, String docNumber, String postingKey);

  /**
   * Replaces the content of the posted {@code target} (same type, id and number) with {@code
   * document}, under the document's current SyncToken: it is read first, and read again if someone
   * changed the document in between (5010). {@code document.postingKey()} identifies the write; a
   * lost answer is settled by {@link #findPosted} with that key, which the new private note
   * carries.
   */
  PostOutcome updateDocument(PostedDocument target, BooksDocument document);

  /** Voids a posted document (exactly-once through {@code requestId}). */
  PostOutcome voidDocument(PostedDocument document, String requestId);

  /**
   * Items touched since {@code since}: changed items and the items on changed stock-moving
   * transactions (sales, refunds, credit memos, adjustments, bills, purchases, vendor credits).
   */
  BooksChanges changesSince(Instant since);
}
