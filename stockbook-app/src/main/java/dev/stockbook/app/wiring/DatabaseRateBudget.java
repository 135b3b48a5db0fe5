package dev.stockbook.app.wiring;

import dev.stockbook.core.state.RateBudgetRepository;
import dev.stockbook.quickbooks.RateGovernor;
import java.time.Duration;
import java.time.Instant;

/**
 * A QuickBooks company's budget in the state database: on PostgreSQL, which several nodes share,
 * every request is counted there first, so the nodes together stay under the company's limits; on
 * SQLite (one node) the process's own governor is the budget. Either way the calls are added to the
 * company's monthly count, written at most every {@link #FLUSH} (and when the node stops).
 */
final class DatabaseRateBudget implements RateGovernor.Shared {
  static final Duration FLUSH = Duration.ofSeconds(5);
  private final RateBudgetRepository budget;
  private final String company;
  private final boolean enforce;
  private long pending;
  private Instant flushedAt = Instant.MIN;

  DatabaseRateBudget(RateBudgetRepository budget, String company, boolean enforce) {
    this.budget = budget;
    this.company = company;
    this.enforce = enforce;
  }

  @Override
  public Duration take(RateGovernor.Limits limits, int weight, boolean batch, Instant now) {
    if (enforce) {
      Duration wait =
          budget.take(
              company,
              now,
              weight,
              batch,
              new RateBudgetRepository.Limits(
                  limits.perSecond(), limits.perMinute(), limits.batchesPerMinute()));
      if (!wait.isZero()) {
        return wait;
      }
    }
    counted(weight, now);
    return Duration.ZERO;
  }

  @Override
  public void answered(int weight, Instant sent, Instant at) {
    if (enforce) {
      budget.answered(company, weight, sent, at);
    }
  }

  @Override
  public void pause(Instant until) {
    if (enforce) {
      budget.pause(company, until);
    }
  }

  private void counted(int weight, Instant now) {
    long flush;
    synchronized (this) {
      pending += weight;
      if (now.isBefore(flushedAt.plus(FLUSH))) {
        return;
      }
      flush = pending;
      pending = 0;
      flushedAt = now;
    }
    budget.countMonthly(company, now, flush);
  }

  /** Writes the calls not yet counted. */
  void flush(Instant now) {
    long flush;
    synchronized (this) {
      flush = pending;
      pending = 0;
      flushedAt = now;
    }
    budget.countMonthly(company, now, flush);
  }
}
