package dev.stockbook.core.engine;

import dev.stockbook.core.books.Books;
import dev.stockbook.core.books.BooksChanges;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.books.CustomerSpec;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;
import dev.stockbook.core.books.MatchRule;
import dev.stockbook.core.books.NewItem;
import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.PostedDocument;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.core.engine.documents.DocumentBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * QuickBooks Online in memory, as strict as the real one where it matters to the engine: a {@code
 * requestid} seen before replays its first answer (never a second document), an item line's amount
 * must equal quantity × unit price, quantities on hand move with every sale, refund and void, and
 * the next calls can be made to fail in each way the engine must survive.
 */
final class FakeBooks implements Books {

  /** How the next {@link #post} call goes wrong. */
  enum Fault {
    /** Throws {@link RetriableBooksException} before anything is stored (network down). */
    THROW_BEFORE_STORING,
    /** Stores the documents, then the answer is lost: every outcome is UNCERTAIN. */
    LOSE_RESPONSE,
    /**
     * Stores the documents, then throws {@link RetriableBooksException} (timeout on the way back).
     */
    THROW_AFTER_STORING,
    /** Stores the documents, then the process dies before it can record anything. */
    CRASH_AFTER_STORING,
    /** The process dies after the ledger row was written, before the request left. */
    CRASH_BEFORE_SENDING,
    /** Nothing is stored; every outcome is NOT_APPLIED (throttled). */
    THROTTLE,
    /** Nothing is stored; every outcome is REJECTED. */
    REJECT
  }

  /** Thrown to simulate the process dying: nothing in the engine catches it. */
  static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SimulatedCrash() {
      super("simulated crash");
    }
  }

  /** A stored document. */
  record Stored(String id, BooksDocument document, BigDecimal computedTotal, boolean voided) {}

  private static final class Item {
    final String id;
    final String name;
    final String sku;
    final String type;
    final boolean tracks;
    BigDecimal onHand;
    Instant touchedAt;
    boolean active = true;

    Item(
        String id,
        String name,
        String sku,
        String type,
        boolean tracks,
        BigDecimal onHand,
        Instant at) {
      this.id = id;
      this.name = name;
      this.sku = sku;
      this.type = type;
      this.tracks = tracks;
      this.onHand = onHand;
      this.touchedAt = at;
    }

    BooksItem view() {
      return new BooksItem(id, name, sku, name, type, tracks, tracks ? onHand : null, active);
    }
  }

  private final Clock clock;
  private final Map<String, Item> items = new LinkedHashMap<>();
  private final Map<String, Stored> documents = new LinkedHashMap<>();
  private final Map<String, PostOutcome> answered = new HashMap<>();
  private final Map<String, BooksItem> createdByRequest = new HashMap<>();
  private final Map<String, String> customers = new HashMap<>();
  private final Deque<Fault> postFaults = new ArrayDeque<>();
  private final Set<String> rejectedDocNumbers = new HashSet<>();
  private final List<String> sentKeys = new ArrayList<>();
  private int lookupFailures;
  private int customerFailures;
  private boolean loseNextVoidAnswer;
  private boolean sweepNeeded;
  private int nextId = 1;
  private int postCalls;
  private int documentsSent;
  private int findPostedCalls;
  private int voidCalls;
  private int createItemCalls;

  FakeBooks(Clock clock) {
    this.clock = clock;
  }

  // ---- seeding and faults ----

  String addInventoryItem(String name, long onHand) {
    return add(name, "Inventory", true, BigDecimal.valueOf(onHand));
  }

  String addNonInventoryItem(String name) {
    return add(name, "NonInventory", false, null);
  }

  private String add(String name, String type, boolean tracks, BigDecimal onHand) {
    String id = String.valueOf(nextId++);
    items.put(id, new Item(id, name, name, type, tracks, onHand, clock.instant()));
    return id;
  }

  /** A purchase, adjustment or count in QuickBooks. */
  void setOnHand(String name, long onHand) {
    Item item = byName(name).orElseThrow();
    item.onHand = BigDecimal.valueOf(onHand);
    item.touchedAt = clock.instant();
  }

  /** Makes an item inactive: lookups no longer find it, but its name stays taken. */
  void deactivate(String name) {
    byName(name).orElseThrow().active = false;
  }

  /** The next void is applied, but its answer is lost (a timeout on the way back). */
  void loseNextVoidAnswer() {
    loseNextVoidAnswer = true;
  }

  void failNextPost(Fault fault) {
    postFaults.add(fault);
  }

  void rejectDocNumber(String docNumber) {
    rejectedDocNumbers.add(docNumber);
  }

  void acceptDocNumber(String docNumber) {
    rejectedDocNumbers.remove(docNumber);
  }

  /** The next {@code n} document lookups fail as if QuickBooks were unreachable. */
  void failLookups(int n) {
    lookupFailures = n;
  }

  /**
   * The next {@code n} customer lookups fail: the step that needs them stops, as a crash there
   * would.
   */
  void failCustomerLookups(int n) {
    customerFailures = n;
  }

  void needSweep(boolean needed) {
    sweepNeeded = needed;
  }

  // ---- what tests look at ----

  Optional<BigDecimal> onHand(String name) {
    return byName(name).map(i -> i.onHand);
  }

  Optional<BooksItem> item(String name) {
    return byName(name).map(Item::view);
  }

  List<Stored> documents() {
    return List.copyOf(documents.values());
  }

  List<Stored> documents(DocumentKind kind) {
    return documents.values().stream().filter(d -> d.document().kind() == kind).toList();
  }

  List<Stored> documentsNumbered(String docNumber) {
    return documents.values().stream()
        .filter(d -> d.document().docNumber().equals(docNumber))
        .toList();
  }

  /** Every posting key sent, in order, repeats included. */
  List<String> sentKeys() {
    return List.copyOf(sentKeys);
  }

  int postCalls() {
    return postCalls;
  }

  int documentsSent() {
    return documentsSent;
  }

  int findPostedCalls() {
    return findPostedCalls;
  }

  int voidCalls() {
    return voidCalls;
  }

  int createItemCalls() {
    return createItemCalls;
  }

  // ---- Books ----

  @Override
  public List<BooksItem> findItems(MatchRule rule, Collection<String> keys) {
    return items.values().stream()
        .filter(i -> i.active)
        .map(Item::view)
        .filter(i -> keys.contains(rule.keyOf(i)))
        .toList();
  }

  @Override
  public List<BooksItem> itemsById(Collection<String> ids) {
    return ids.stream().filter(items::containsKey).map(id -> items.get(id).view()).toList();
  }

  @Override
  public List<BooksItem> inventoryItems() {
    return items.values().stream().filter(i -> i.tracks && i.active).map(Item::view).toList();
  }

  @Override
  public BooksItem createItem(NewItem item) {
    createItemCalls++;
    BooksItem replay = createdByRequest.get(item.requestId());
    if (replay != null) {
      return replay;
    }
    if (byName(item.name()).isPresent()) {
      throw new PermanentBooksException("6240", "Duplicate Name Exists Error: " + item.name());
    }
    String id =
        item.inventory()
            ? add(item.name(), "Inventory", true, item.quantityOnHand())
            : add(item.name(), "NonInventory", false, null);
    BooksItem created = items.get(id).view();
    createdByRequest.put(item.requestId(), created);
    return created;
  }

  @Override
  public String customerId(CustomerSpec customer) {
    if (customerFailures > 0) {
      customerFailures--;
      throw new RetriableBooksException("QuickBooks is unreachable (fake)");
    }
    return customers.computeIfAbsent(customer.displayName(), n -> "C" + (customers.size() + 1));
  }

  @Override
  public List<PostOutcome> post(List<BooksDocument> batch) {
    postCalls++;
    documentsSent += batch.size();
    Fault fault = postFaults.poll();
    if (fault == Fault.CRASH_BEFORE_SENDING) {
      postCalls--;
      documentsSent -= batch.size();
      throw new SimulatedCrash();
    }
    batch.forEach(d -> sentKeys.add(d.postingKey()));
    if (fault == Fault.THROW_BEFORE_STORING) {
      throw new RetriableBooksException("connection reset");
    }
    if (fault == Fault.THROTTLE || fault == Fault.REJECT) {
      return batch.stream()
          .map(
              d ->
                  fault == Fault.THROTTLE
                      ? PostOutcome.notApplied(d.postingKey(), "throttled")
                      : PostOutcome.rejected(d.postingKey(), "Business Validation Error"))
          .toList();
    }
    List<PostOutcome> outcomes = new ArrayList<>();
    for (BooksDocument document : batch) {
      outcomes.add(answered.computeIfAbsent(document.postingKey(), k -> store(document)));
    }
    if (fault == Fault.THROW_AFTER_STORING) {
      throw new RetriableBooksException("read timed out");
    }
    if (fault == Fault.CRASH_AFTER_STORING) {
      throw new SimulatedCrash();
    }
    if (fault == Fault.LOSE_RESPONSE) {
      return batch.stream().map(d -> PostOutcome.uncertain(d.postingKey(), "no response")).toList();
    }
    return outcomes;
  }

  private PostOutcome store(BooksDocument document) {
    if (rejectedDocNumbers.contains(document.docNumber())) {
      return PostOutcome.rejected(
          document.postingKey(), "Business Validation Error: " + document.docNumber());
    }
    BigDecimal total = document.totalTax();
    for (DocumentLine line : document.lines()) {
      if (line.kind() == DocumentLine.Kind.ITEM) {
        if (line.amount().compareTo(line.quantity().multiply(line.unitPrice())) != 0) {
          return PostOutcome.rejected(
              document.postingKey(), "6070 Amount is not equal to UnitPrice * Qty");
        }
        if (!items.containsKey(line.itemId())) {
          return PostOutcome.rejected(
              document.postingKey(), "Invalid Reference Id: item " + line.itemId());
        }
      }
      total =
          line.kind() == DocumentLine.Kind.DISCOUNT
              ? total.subtract(line.amount())
              : total.add(line.amount());
    }
    String id = "D" + nextId++;
    move(document, document.kind() == DocumentKind.REFUND_RECEIPT ? 1 : -1);
    documents.put(id, new Stored(id, document, total, false));
    return PostOutcome.posted(document.postingKey(), posted(documents.get(id)));
  }

  private void move(BooksDocument document, int sign) {
    for (DocumentLine line : document.lines()) {
      Item item = line.kind() == DocumentLine.Kind.ITEM ? items.get(line.itemId()) : null;
      if (item != null && item.tracks) {
        item.onHand = item.onHand.add(line.quantity().multiply(BigDecimal.valueOf(sign)));
        item.touchedAt = clock.instant();
      }
    }
  }

  private static PostedDocument posted(Stored stored) {
    return new PostedDocument(
        stored.document().kind(),
        stored.id(),
        stored.document().docNumber(),
        "0",
        stored.computedTotal());
  }

  @Override
  public Optional<PostedDocument> findPosted(
      DocumentKind kind, String docNumber, String postingKey) {
    findPostedCalls++;
    if (lookupFailures > 0) {
      lookupFailures--;
      throw new RetriableBooksException("QuickBooks unreachable");
    }
    return documents.values().stream()
        .filter(d -> d.document().kind() == kind && d.document().docNumber().equals(docNumber))
        .filter(d -> d.document().privateNote().contains(postingKey))
        .findFirst()
        .map(FakeBooks::posted);
  }

  @Override
  public PostOutcome updateDocument(PostedDocument target, BooksDocument document) {
    return answered.computeIfAbsent(
        document.postingKey(),
        k -> {
          Stored stored = documents.get(target.id());
          if (stored == null || stored.voided()) {
            return PostOutcome.rejected(k, "Object Not Found: " + target.id());
          }
          move(stored.document(), 1);
          move(document, -1);
          BigDecimal total = DocumentBuilder.total(document.lines(), document.totalTax());
          documents.put(stored.id(), new Stored(stored.id(), document, total, false));
          return PostOutcome.posted(k, posted(documents.get(stored.id())));
        });
  }

  @Override
  public PostOutcome voidDocument(PostedDocument document, String requestId) {
    voidCalls++;
    PostOutcome outcome =
        answered.computeIfAbsent(
            requestId,
            k -> {
              Stored stored = documents.get(document.id());
              if (stored == null) {
                return PostOutcome.rejected(requestId, "Object Not Found: " + document.id());
              }
              if (!stored.voided()) {
                move(
                    stored.document(),
                    stored.document().kind() == DocumentKind.REFUND_RECEIPT ? -1 : 1);
                documents.put(
                    stored.id(),
                    new Stored(stored.id(), stored.document(), stored.computedTotal(), true));
              }
              return PostOutcome.posted(requestId, posted(documents.get(stored.id())));
            });
    if (loseNextVoidAnswer) {
      loseNextVoidAnswer = false;
      throw new RetriableBooksException("read timed out");
    }
    return outcome;
  }

  @Override
  public BooksChanges changesSince(Instant since) {
    Set<String> ids = new HashSet<>();
    items.values().stream().filter(i -> !i.touchedAt.isBefore(since)).forEach(i -> ids.add(i.id));
    return new BooksChanges(ids, clock.instant(), sweepNeeded);
  }

  private Optional<Item> byName(String name) {
    return items.values().stream().filter(i -> i.name.equals(name)).findFirst();
  }
}
