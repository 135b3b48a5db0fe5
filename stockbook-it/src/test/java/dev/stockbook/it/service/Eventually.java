package dev.stockbook.it.service;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits, bounded, for a condition that another thread makes true: parks briefly between looks. */
final class Eventually {
  private Eventually() {}

  static void until(Duration max, BooleanSupplier condition) {
    until(max, condition, "the condition");
  }

  static void until(Duration max, BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(what + " did not hold within " + max);
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
