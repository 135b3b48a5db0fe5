package dev.stockbook.quickbooks;

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
import dev.stockbook.quickbooks.internal.ChangeFeed;
import dev.stockbook.quickbooks.internal.Customers;
import dev.stockbook.quickbooks.internal.DocumentJson;
import dev.stockbook.quickbooks.internal.DocumentPoster;
import dev.stockbook.quickbooks.internal.DocumentUpdater;
import dev.stockbook.quickbooks.internal.InvoicePayments;
import dev.stockbook.quickbooks.internal.ItemCreator;
import dev.stockbook.quickbooks.internal.ItemQueries;
import dev.stockbook.quickbooks.internal.NameIds;
import dev.stockbook.quickbooks.internal.PostedDocuments;
import dev.stockbook.quickbooks.internal.Prepared;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link Books} on QuickBooks Online. Each operation lives in its own small class; this wires them.
 */
public final class QuickBooksBooks implements Books {

  /**
   * Tuning.
   *
   * @param batchSize documents per {@code /batch} request (QuickBooks documents 10 to 30)
   * @param keysPerQuery values per {@code in (...)} list when finding items
   */
  public record Options(int batchSize, int keysPerQuery) {
    public Options {
      if (batchSize < 1 || batchSize > 30) {
        throw new IllegalArgumentException("batchSize must be 1..30, got " + batchSize);
      }
      if (keysPerQuery < 1 || keysPerQuery > 1000) {
        throw new IllegalArgumentException("keysPerQuery must be 1..1000, got " + keysPerQuery);
      }
    }

    public static Options defaults() {
      return new Options(30, 100);
    }
  }

  private final ItemQueries items;
  private final ItemCreator creator;
  private final Customers customers;
  private final DocumentPoster poster;
  private final PostedDocuments posted;
  private final DocumentUpdater updater;
  private final ChangeFeed changes;

  /** Books with a name cache of their own (nothing remembered from an earlier turn). */
  public QuickBooksBooks(QuickBooksClient client, Clock clock, Options options) {
    this(client, clock, options, new NameCache(clock));
  }

  /**
   * Books for one turn that remember names through {@code names}, the company's cache shared by
   * turns and connections.
   */
  public QuickBooksBooks(QuickBooksClient client, Clock clock, Options options, NameCache names) {
    NameCache.Session session = names.session();
    NameIds accounts = new NameIds(client, "Account", session);
    NameIds methods = new NameIds(client, "PaymentMethod", session);
    this.items = new ItemQueries(client, options.keysPerQuery());
    this.creator = new ItemCreator(client, accounts, items);
    this.customers = new Customers(client, session);
    Prepared.Builder prepare =
        new Prepared.Builder(
            new DocumentJson(client.json()),
            accounts,
            methods,
            new NameIds(client, "TaxCode", session, "sync.taxCodes"),
            new NameIds(client, "Class", session, "sync.classes"),
            new NameIds(client, "Department", session, "sync.locations"));
    this.poster =
        new DocumentPoster(
            client,
            prepare,
            new InvoicePayments(client, accounts, methods),
            options.batchSize(),
            session);
    this.posted = new PostedDocuments(client);
    this.updater = new DocumentUpdater(client, prepare);
    this.changes = new ChangeFeed(client, clock);
  }

  @Override
  public List<BooksItem> findItems(MatchRule rule, Collection<String> keys) {
    return items.find(rule, keys);
  }

  @Override
  public List<BooksItem> itemsById(Collection<String> ids) {
    return items.byId(ids);
  }

  @Override
  public List<BooksItem> inventoryItems() {
    return items.inventory();
  }

  @Override
  public BooksItem createItem(NewItem item) {
    return creator.create(item);
  }

  @Override
  public String customerId(CustomerSpec customer) {
    return customers.idOf(customer);
  }

  @Override
  public List<PostOutcome> post(List<BooksDocument> documents) {
    return poster.post(documents);
  }

  @Override
  public Optional<PostedDocument> findPosted(
      DocumentKind kind, String docNumber, String postingKey) {
    return posted.find(kind, docNumber, postingKey);
  }

  @Override
  public PostOutcome updateDocument(PostedDocument target, BooksDocument document) {
    return updater.update(target, document);
  }

  @Override
  public PostOutcome voidDocument(PostedDocument document, String requestId) {
    return posted.voidDocument(document, requestId);
  }

  @Override
  public BooksChanges changesSince(Instant since) {
    return changes.since(since);
  }
}
