package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.core.books.BooksChanges;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Items touched since a time, from Change Data Capture. CDC looks back 30 days at most (older:
 * sweep) and returns at most 1,000 objects (a full answer may be truncated: page the same window
 * with per-entity queries, and sweep since deletions do not show in queries). {@code until} is the
 * server's time, never ours.
 */
public final class ChangeFeed {
  public static final List<String> ENTITIES = List.of("Item", "SalesReceipt", "Invoice", "RefundReceipt", "CreditMemo", "InventoryAdjustment", "Bill", "Purchase", "VendorCredit");
  static final int CDC_CAP = 1000;
  static final Duration LOOK_BACK = Duration.ofDays(30).minusHours(1);

  private final QuickBooksClient client;
  private final Clock clock;

  public ChangeFeed(QuickBooksClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  public BooksChanges since(Instant since) {
    Instant floor = clock.instant().minus(LOOK_BACK);
    Instant from = since.isBefore(floor) ? floor : since;
    JsonNode root = client.cdc(ENTITIES, from);
    Instant until = QuickBooksClient.serverTime(root);
    if (until == null) {
      throw new RetriableBooksException("QuickBooks' CDC answer had no server time");
    }
    CdcItems items = new CdcItems().addCdcResponse(root);
    if (items.objects() >= CDC_CAP) {
      queryEach(from, items);
      items.markSweepNeeded();
    }
    if (!from.equals(since)) {
      items.markSweepNeeded();
    }
    return new BooksChanges(items.itemIds(), until, items.sweepNeeded());
  }

  private void queryEach(Instant from, CdcItems items) {
    String after = QueryText.quote(QuickBooksClient.wireTime(from));
    for (String entity : ENTITIES) {
      String statement = "select * from " + entity + " where MetaData.LastUpdatedTime > " + after + " orderby MetaData.LastUpdatedTime";
      client.queryAll(statement).forEach(object -> items.add(entity, object));
    }
  }
}
