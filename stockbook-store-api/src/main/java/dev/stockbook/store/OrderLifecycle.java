package dev.stockbook.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an order is in its life, in words every store maps its own statuses to. The engine decides
 * from these alone what is a sale, what voids one and what is not yet anything; the store's own
 * status word ({@link StoreOrder#status()}) is kept for messages.
 */
public enum OrderLifecycle {
  /** Placed, not paid yet (awaiting payment, a checkout draft): not a sale. */
  PLACED,
  /** Awaiting a payment confirmation, with the goods already set aside: a sale by default. */
  ON_HOLD,
  /** Paid, to be fulfilled: a sale. */
  PAID,
  /** Paid and shipped or delivered: a sale. */
  FULFILLED,
  /** Paid, then refunded in full: posted as a sale, with its refunds. */
  REFUNDED,
  /** Payment failed: never a sale. */
  FAILED,
  /** Cancelled: a posted sale is voided, an unposted one is never posted. */
  CANCELLED,
  /** Deleted or in the store's trash: treated like a cancellation. */
  DELETED,
  /** A status of the store's own that none of the above names (a plugin's, say). */
  OTHER;

  /** Whether the order no longer exists as a sale (cancelled or deleted). */
  public boolean cancels() {
    return this == CANCELLED || this == DELETED;
  }

  /** The word used in configuration: {@code on_hold}, {@code paid}... */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The state a configuration word names, if it names one. */
  public static Optional<OrderLifecycle> fromConfigName(String word) {
    return Arrays.stream(values()).filter(s -> s.configName().equals(word)).findFirst();
  }
}
