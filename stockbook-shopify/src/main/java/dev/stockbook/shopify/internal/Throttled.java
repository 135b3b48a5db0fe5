package dev.stockbook.shopify.internal;

import dev.stockbook.store.RetriableStoreException;
import java.time.Duration;

/** Shopify answered THROTTLED and ran nothing: retriable, with how long the bucket needs. */
final class Throttled extends RetriableStoreException {
  private static final long serialVersionUID = 1L;
  private final long seconds;

  Throttled(String message, long seconds) {
    super(message);
    this.seconds = seconds;
  }

  /** Until the bucket holds what the query asked for. */
  Duration retryIn() {
    return Duration.ofSeconds(seconds);
  }
}
