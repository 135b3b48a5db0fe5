package dev.stockbook.app.service;

import java.util.List;
import java.util.Set;

/** The webhook topics Stockbook subscribes to and what each one asks of the scheduler. */
final class WebhookTopics {
  /** What Stockbook registers on a WooCommerce store. */
  static final List<String> WOOCOMMERCE =
      List.of("order.created", "order.updated", "product.updated");

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

  /**
   * Whether a store delivery of this topic is about something Stockbook syncs (orders, products).
   */
  static boolean followed(String wooTopic) {
    return wooTopic != null && wooTopic.matches("(order|product)\\.[a-z_]+");
  }

  static boolean isOrder(String topic) {
    return topic.startsWith("order.");
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
