package dev.stockbook.shopify;

import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Follows a listing of changed orders to its end, as the engine does. */
final class StoreConnectorPaging {
  private StoreConnectorPaging() {}

  static List<StoreOrder> listAll(StoreConnector connector, Instant since) {
    List<StoreOrder> all = new ArrayList<>();
    OrderCursor at = OrderCursor.since(since);
    for (int pages = 0; pages < 1000; pages++) {
      OrderPage page = connector.ordersChangedSince(at);
      all.addAll(page.orders());
      if (!page.more()) {
        return all;
      }
      at = page.next();
    }
    throw new AssertionError("the listing did not end after 1000 pages");
  }
}
