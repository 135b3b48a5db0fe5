package dev.stockbook.core.engine;

import dev.stockbook.core.books.Books;
import dev.stockbook.core.books.BooksChanges;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.books.CustomerSpec;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.MatchRule;
import dev.stockbook.core.books.NewItem;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.PostedDocument;
import dev.stockbook.core.books.RetriableBooksException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The engine's retries around QuickBooks: calls that are safe to repeat (reads, and finds or
 * creates keyed by a unique name or request id) are retried under the {@link RetryPolicy} when they
 * fail for now. Writes of documents are never retried here: their outcomes go to the ledger, which
 * decides what may be sent again.
 */
final class RetryingBooks implements Books {
  private final Books books;
  private final RetryPolicy policy;

  RetryingBooks(Books books, RetryPolicy policy) {
    this.books = books;
    this.policy = policy;
  }

  private <T> T retry(java.util.function.Supplier<T> call) {
    return policy.run(call, e -> e instanceof RetriableBooksException);
  }

  @Override
  public List<BooksItem> findItems(MatchRule rule, Collection<String> keys) {
    return retry(() -> books.findItems(rule, keys));
  }

  @Override
  public List<BooksItem> itemsById(Collection<String> ids) {
    return retry(() -> books.itemsById(ids));
  }

  @Override
  public List<BooksItem> inventoryItems() {
    return retry(books::inventoryItems);
  }

  @Override
  public BooksItem createItem(NewItem item) {
    return retry(() -> books.createItem(item));
  }

  @Override
  public String customerId(CustomerSpec customer) {
    return retry(() -> books.customerId(customer));
  }

  @Override
  public List<PostOutcome> post(List<BooksDocument> documents) {
    return books.post(documents);
  }

  @Override
  public Optional<PostedDocument> findPosted(
      DocumentKind kind, String docNumber, String postingKey) {
    return retry(() -> books.findPosted(kind, docNumber, postingKey));
  }

  @Override
  public PostOutcome voidDocument(PostedDocument document, String requestId) {
    return books.voidDocument(document, requestId);
  }

  @Override
  public PostOutcome updateDocument(PostedDocument document, BooksDocument replacement) {
    return books.updateDocument(document, replacement);
  }

  @Override
  public BooksChanges changesSince(Instant since) {
    return retry(() -> books.changesSince(since));
  }
}
