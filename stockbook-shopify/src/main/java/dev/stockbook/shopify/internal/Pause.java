package dev.stockbook.shopify.internal;

import dev.stockbook.store.RetriableStoreException;
import java.time.Duration;

/**
 * Waits while Shopify's bucket refills, in the middle of a read of many pages ({@link
 * ProductReader#all()}). Injected: tests move a simulator's clock instead of sleeping.
 */
@FunctionalInterface
public interface Pause {
  void pause(Duration duration) throws InterruptedException;

  /** Sleeps the thread. */
  Pause SLEEP = d -> Thread.sleep(d.toMillis());

  /** Pauses, turning an interrupt into a retriable failure of {@code what}. */
  default void during(String what, Duration duration) {
    try {
      pause(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetriableStoreException(what + " was interrupted", e);
    }
  }
}
