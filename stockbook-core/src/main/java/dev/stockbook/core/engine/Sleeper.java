package dev.stockbook.core.engine;

import java.time.Duration;

/** How waiting is done: for real in production, on a manual clock in tests. */
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  Sleeper REAL = d -> Thread.sleep(Math.max(1, d.toMillis()));
}
