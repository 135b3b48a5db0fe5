package dev.stockbook.quickbooks.internal;

import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.books.MatchRule;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reading items: by match key, by id, and the full inventory sweep. */
public final class ItemQueries {
  private final QuickBooksClient client;
  private final int keysPerQuery;

  public ItemQueries(QuickBooksClient client, int keysPerQuery) {
    this.client = client;
    this.keysPerQuery = keysPerQuery;
  }

  /** Active items whose rule field equals one of the keys exactly (QuickBooks compares loosely). */
  public List<BooksItem> find(MatchRule rule, Collection<String> keys) {
    Set<String> wanted = new HashSet<>(keys);
    List<BooksItem> out = new ArrayList<>();
    for (List<String> chunk : QueryText.chunks(keys, keysPerQuery)) {
      String statement =
          "select * from Item where " + field(rule) + " in " + QueryText.inList(chunk);
      client.queryAll(statement).stream()
          .map(ItemJson::toItem)
          .filter(i -> wanted.contains(rule.keyOf(i)))
          .forEach(out::add);
    }
    return out;
  }

  /** Items by id, inactive ones included (they still hold stock). */
  public List<BooksItem> byId(Collection<String> ids) {
    List<BooksItem> out = new ArrayList<>();
    for (List<String> chunk : QueryText.chunks(ids, QuickBooksClient.MAX_PAGE)) {
      String statement =
          "select * from Item where Id in "
              + QueryText.inList(chunk)
              + " and Active in (true,false)";
      client.queryAll(statement).stream().map(ItemJson::toItem).forEach(out::add);
    }
    return out;
  }

  /**
   * All active tracked inventory items; the type filter runs here because QuickBooks' is
   * unreliable.
   */
  public List<BooksItem> inventory() {
    List<BooksItem> out = new ArrayList<>();
    client.queryEach(
        "select * from Item orderby Id",
        json -> {
          BooksItem item = ItemJson.toItem(json);
          if (item.active() && item.isInventory()) {
            out.add(item);
          }
        });
    return out;
  }

  static String field(MatchRule rule) {
    return switch (rule) {
      case NAME -> "Name";
      case SKU -> "Sku";
      case FULLY_QUALIFIED_NAME -> "FullyQualifiedName";
    };
  }
}
