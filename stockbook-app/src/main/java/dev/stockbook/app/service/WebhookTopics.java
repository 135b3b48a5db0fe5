package dev.stockbook.app.service;

import dev.stockbook.store.webhook.WebhookEvent;
import java.util.Set;

/** The webhook topics Stockbook subscribes to and what each one asks of the scheduler. */
final class WebhookTopics {
  /** Recorded for a store's order event, whatever the store calls it. */
  static final String STORE_ORDER = "store.order";

  /** Recorded for a store's product edit. */
  static final String STORE_PRODUCT = "store.product";

  /** Recorded for a store's own stock change (a sale, a merchant's edit). */
  static final String STORE_INVENTORY = "store.inventory";

  /** The topic recorded for a QuickBooks change (an item or a transaction that moves stock). */
  static final String QUICKBOOKS = "quickbooks.changed";

  /**
   * The QuickBooks entities whose changes can move a quantity on hand: items, and the transactions
   * with item lines that add or take stock. A change to anything else (a customer, an account, a
   * payment) is acknowledged and ignored.
   */
  static final Set<String> QUICKBOOKS_STOCK_ENTITIES =
      Set.of(
          "item",
          "salesreceipt",
          "invoice",
          "refundreceipt",
          "creditmemo",
          "bill",
          "purchase",
          "vendorcredit",
          "inventoryadjustment");

  /** Recorded by "sync now" (admin API, dashboard, resume): a full cycle. */
  static final String REQUESTED = "sync.requested";

  private WebhookTopics() {}

  /** What a store's change is recorded as. */
  static String of(WebhookEvent.Kind kind) {
    return switch (kind) {
      case ORDER -> STORE_ORDER;
      case PRODUCT -> STORE_PRODUCT;
      case INVENTORY -> STORE_INVENTORY;
    };
  }

  /** An order event (rows recorded before store-neutral topics carry the store's own name). */
  static boolean isOrder(String topic) {
    return STORE_ORDER.equals(topic) || topic.startsWith("order.");
  }

  /**
   * Whether the event brings the connection's next turn forward. A product edit in the store waits
   * for the next scheduled cycle (QuickBooks is the master; the cycle will correct the store).
   */
  static boolean wakes(String topic) {
    return isOrder(topic) || QUICKBOOKS.equals(topic) || REQUESTED.equals(topic);
  }

  /**
   * Whether a turn for the event waits the debounce: store order webhooks come in bursts (an
   * order's {@code created} and {@code updated} within milliseconds); QuickBooks gathers its own
   * notifications, and a sibling's post wakes once per turn.
   */
  static boolean debounced(String topic) {
    return isOrder(topic);
  }
}
