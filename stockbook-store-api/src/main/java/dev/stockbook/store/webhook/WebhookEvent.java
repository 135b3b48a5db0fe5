package dev.stockbook.store.webhook;

/**
 * What a verified (or refused) webhook delivery means to Stockbook. The service answers the store
 * from this alone: {@link Rejected} with its status, everything else with a 2xx, since stores
 * disable a webhook after repeated failed deliveries.
 */
public sealed interface WebhookEvent {

  /** The store checks that the URL answers (WooCommerce's creation ping). */
  record Ping() implements WebhookEvent {}

  /**
   * Not accepted: a signature that does not match (401), a body that is not what the topic sends
   * (400).
   */
  record Rejected(int status, String outcome, String reason) implements WebhookEvent {
    public static Rejected forged() {
      return new Rejected(
          401, "forged", "The signature does not match this connection's webhook secret.");
    }

    public static Rejected malformed(String reason) {
      return new Rejected(400, "malformed", reason);
    }
  }

  /** Signed by the store, about something Stockbook does not follow. */
  record Ignored(String reason) implements WebhookEvent {}

  /**
   * A change Stockbook follows.
   *
   * @param kind what changed
   * @param resourceId the store's id of the order or product
   * @param deliveryKey what makes this delivery the same as one seen before (a redelivery)
   * @param storeTopic the store's own topic name, for logs
   */
  record Change(Kind kind, String resourceId, String deliveryKey, String storeTopic)
      implements WebhookEvent {}

  /** What a {@link Change} is about. */
  enum Kind {
    /** An order was created or changed: its turn comes at once. */
    ORDER,
    /** A product was edited in the store: the next cycle corrects it (QuickBooks is the master). */
    PRODUCT,
    /** A stock level changed in the store (a sale, an edit): noted, like a product edit. */
    INVENTORY
  }
}
