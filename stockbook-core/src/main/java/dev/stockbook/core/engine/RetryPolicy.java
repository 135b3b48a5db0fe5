package dev.stockbook.core.engine;

import java.time.Duration;
import java.util.Random;
import java.util.function.Supplier;

/**
 * How the engine retries a call that failed for now (throttled, 5xx, network): a value the engine
 * owns, never the adapters. Exponential backoff with jitter, a bounded number of attempts; time and
 * randomness are injected.
 *
 * @param attempts total tries (1 = no retry)
 * @param first the first pause
 * @param longest the longest pause
 * @param sleeper how to wait
 * @param random the jitter's source
 */
public record RetryPolicy(
    int attempts, Duration first, Duration longest, Sleeper sleeper, Random random) {

  /** Try once. */
  public static final RetryPolicy NONE =
      new RetryPolicy(1, Duration.ZERO, Duration.ZERO, d -> {}, new Random(0));

  /** Four tries, pauses of about 0.5, 1 and 2 seconds. */
  public static RetryPolicy standard(Sleeper sleeper, Random random) {
    return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(10), sleeper, random);
  }

  /** Runs {@code call}, retrying while {@code retriable} says so and tries remain. */
  public <T> T run(Supplier<T> call, java.util.function.Predicate<RuntimeException> retriable) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (RuntimeException e) {
        if (attempt >= attempts || !retriable.test(e)) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  private void pause(int attempt) {
    long base = Math.min(longest.toMillis(), first.toMillis() << Math.min(20, attempt - 1));
    long jittered = (long) (base * (0.8 + 0.4 * random.nextDouble()));
    try {
      sleeper.sleep(Duration.ofMillis(jittered));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }
}
