package dev.stockbook.it.service;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits, bounded, for a condition that another thread makes true: parks briefly between looks. A
 * look that throws (a simulator's throttle, say) counts as "not yet"; the last such failure is
 * reported if the wait runs out.
 */
public final class Eventually {
  private static final Duration PAUSE = Duration.ofMillis(50);

  private Eventually() {}

  public static void until(Duration max, BooleanSupplier condition) {
    until(max, condition, "the condition");
  }

  public static void until(Duration max, BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + max.toNanos();
    RuntimeException last = null;
    while (true) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException e) {
        last = e;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(what + " did not hold within " + max, last);
      }
      LockSupport.parkNanos(PAUSE.toNanos());
    }
  }
}
