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
 * sweep) and returns at most 1,000 objects across the entities asked for. A full answer may be
 * truncated, and which objects it drops is undocumented: each entity is then asked on its own, and
 * an entity whose own answer is full is paged forward from its latest change (the same second is
 * read again). When 1,000 changes of one entity share a second (an item import, say), CDC cannot
 * page on: Items are then read by paged query from that second, which loses nothing because Items
 * are never deleted, only made inactive (an update). For a transaction entity a query would miss
 * deletions, so the feed falls back to paged queries per entity and a sweep. {@code until} is the
 * server's time, never ours.
 */
public final class ChangeFeed {
  public static final List<String> ENTITIES =
      List.of(
          "Item",
          "SalesReceipt",
          "Invoice",
          "RefundReceipt",
          "CreditMemo",
          "InventoryAdjustment",
          "Bill",
          "Purchase",
          "VendorCredit");
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
      items = perEntity(from);
    }
    if (!from.equals(since)) {
      items.markSweepNeeded();
    }
    return new BooksChanges(items.itemIds(), until, items.sweepNeeded());
  }

  /**
   * Every entity on its own, paged; falls back to queries and a sweep when paging cannot move on.
   */
  private CdcItems perEntity(Instant from) {
    CdcItems all = new CdcItems();
    for (String entity : ENTITIES) {
      Instant stuck = page(entity, from, all);
      if (stuck != null && "Item".equals(entity)) {
        queryItemsFrom(stuck, all);
      } else if (stuck != null) {
        CdcItems fallback = new CdcItems();
        queryEach(from, fallback);
        fallback.markSweepNeeded();
        return fallback;
      }
    }
    return all;
  }

  /**
   * Adds every change of {@code entity} since {@code from}; returns null when done, or the time
   * from which CDC cannot page on (1,000 changes share one second).
   */
  private Instant page(String entity, Instant from, CdcItems into) {
    Instant start = from;
    while (true) {
      CdcItems page = new CdcItems().addCdcResponse(client.cdc(List.of(entity), start));
      into.addAll(page);
      if (page.objects() < CDC_CAP) {
        return null;
      }
      if (page.latest() == null || !page.latest().isAfter(start)) {
        return start;
      }
      start = page.latest();
    }
  }

  /** Every Item changed at or after {@code from}, by paged query (which pages within a second). */
  private void queryItemsFrom(Instant from, CdcItems items) {
    client.queryEach(changedQuery("Item", ">=", from), object -> items.add("Item", object));
  }

  /**
   * {@code entity}'s objects whose LastUpdatedTime is {@code op} {@code time}, sorted by Id: the
   * query is read page by page ({@code startposition}), and it is read here because many objects
   * share one second, so a sort by LastUpdatedTime would leave their order between pages to the
   * server (WooCommerce's MySQL gave another order on each page; QuickBooks does not document its
   * own), where the unique Id means the same rows on every page.
   */
  private static String changedQuery(String entity, String op, Instant time) {
    return "select * from "
        + entity
        + " where MetaData.LastUpdatedTime "
        + op
        + " "
        + QueryText.quote(QuickBooksClient.wireTime(time))
        + " orderby Id";
  }

  private void queryEach(Instant from, CdcItems items) {
    for (String entity : ENTITIES) {
      client.queryAll(changedQuery(entity, ">", from)).forEach(object -> items.add(entity, object));
    }
  }
}
