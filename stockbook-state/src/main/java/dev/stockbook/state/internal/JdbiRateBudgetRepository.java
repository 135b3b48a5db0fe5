package dev.stockbook.state.internal;

import dev.stockbook.core.state.RateBudgetRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The rate budget in {@code rate_buckets} (migration V6). A take first updates the company's row in
 * {@code rate_companies}, which holds the row's lock (PostgreSQL) or the write lock (SQLite) until
 * the transaction ends: takes of one company run one after another across every node, each seeing
 * the others' counts. A window is summed over one bucket more than it spans (12 buckets of 100 ms
 * for QuickBooks' second, 62 of 1 s for its minute), so a request QuickBooks receives a little
 * later than it was let go still falls inside what was counted.
 */
public final class JdbiRateBudgetRepository implements RateBudgetRepository {
  private static final long SECOND_BUCKET_MS = 100;
  private static final int SECOND_BUCKETS = 12;
  private static final long MINUTE_BUCKET_MS = 1000;
  private static final int MINUTE_BUCKETS = 62;
  private static final long IN_FLIGHT_FORGOTTEN_BUCKETS = 1200;
  private final Jdbi jdbi;

  public JdbiRateBudgetRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Duration take(String company, Instant now, int weight, boolean batch, Limits limits) {
    long ms = now.toEpochMilli();
    return jdbi.inTransaction(
        h -> {
          long pausedUntil = lock(h, company);
          if (pausedUntil > ms) {
            return Duration.ofMillis(pausedUntil - ms);
          }
          long second = ms / SECOND_BUCKET_MS;
          long minute = ms / MINUTE_BUCKET_MS;
          long secondFrom = second - SECOND_BUCKETS + 1;
          long minuteFrom = minute - MINUTE_BUCKETS + 1;
          // in flight since before a window began: QuickBooks may count them in it yet
          long oldInFlightS = inFlight(h, company, second, secondFrom);
          long oldInFlightM =
              inFlight(h, company, second, minuteFrom * (MINUTE_BUCKET_MS / SECOND_BUCKET_MS));
          if (weight == 1
              && !batch
              && sum(h, company, "s", secondFrom) + oldInFlightS + 1 > limits.perSecond()) {
            return Duration.ofMillis(SECOND_BUCKET_MS - ms % SECOND_BUCKET_MS + 1);
          }
          if (sum(h, company, "m", minuteFrom) + oldInFlightM + weight > limits.perMinute()
              || batch
                  && sum(h, company, "b", minute - MINUTE_BUCKETS + 1) + 1
                      > limits.batchesPerMinute()) {
            return Duration.ofMillis(MINUTE_BUCKET_MS - ms % MINUTE_BUCKET_MS + 1);
          }
          add(h, company, "s", second, weight);
          add(h, company, "m", minute, weight);
          add(h, company, "f", second, weight);
          if (batch) {
            add(h, company, "b", minute, 1);
          }
          h.createUpdate(
                  "DELETE FROM rate_buckets WHERE company = :c AND kind = 's' AND bucket < :b")
              .bind("c", company)
              .bind("b", second - SECOND_BUCKETS)
              .execute();
          h.createUpdate(
                  "DELETE FROM rate_buckets WHERE company = :c AND kind IN ('m', 'b') AND bucket < :b")
              .bind("c", company)
              .bind("b", minute - MINUTE_BUCKETS)
              .execute();
          h.createUpdate(
                  "DELETE FROM rate_buckets WHERE company = :c AND kind = 'f'"
                      + " AND (bucket < :b OR calls <= 0)")
              .bind("c", company)
              .bind("b", second - IN_FLIGHT_FORGOTTEN_BUCKETS)
              .execute();
          return Duration.ZERO;
        });
  }

  /**
   * Calls in flight that were let go before bucket {@code before} (100 ms buckets); a request not
   * answered after two minutes was cut short (its node died) and counts no more.
   */
  private static long inFlight(Handle h, String company, long second, long before) {
    return h.createQuery(
            "SELECT COALESCE(SUM(calls), 0) FROM rate_buckets"
                + " WHERE company = :c AND kind = 'f' AND bucket < :b AND bucket >= :oldest")
        .bind("c", company)
        .bind("b", before)
        .bind("oldest", second - IN_FLIGHT_FORGOTTEN_BUCKETS)
        .mapTo(Long.class)
        .one();
  }

  @Override
  public void answered(String company, int weight, Instant sent, Instant at) {
    long s = sent.toEpochMilli();
    long a = at.toEpochMilli();
    jdbi.useTransaction(
        h -> {
          lock(h, company); // rows in the order every take changes them: no deadlock
          add(h, company, "f", s / SECOND_BUCKET_MS, -weight);
          if (s / SECOND_BUCKET_MS != a / SECOND_BUCKET_MS) {
            add(h, company, "s", s / SECOND_BUCKET_MS, -weight);
            add(h, company, "s", a / SECOND_BUCKET_MS, weight);
          }
          if (s / MINUTE_BUCKET_MS != a / MINUTE_BUCKET_MS) {
            add(h, company, "m", s / MINUTE_BUCKET_MS, -weight);
            add(h, company, "m", a / MINUTE_BUCKET_MS, weight);
          }
        });
  }

  /** Locks the company's row (made if new) and returns its pause. */
  private static long lock(Handle h, String company) {
    h.createUpdate(
            "INSERT INTO rate_companies (company, paused_until) VALUES (:c, 0)"
                + " ON CONFLICT (company) DO NOTHING")
        .bind("c", company)
        .execute();
    h.createUpdate("UPDATE rate_companies SET paused_until = paused_until WHERE company = :c")
        .bind("c", company)
        .execute();
    return h.createQuery("SELECT paused_until FROM rate_companies WHERE company = :c")
        .bind("c", company)
        .mapTo(Long.class)
        .one();
  }

  private static long sum(Handle h, String company, String kind, long fromBucket) {
    return h.createQuery(
            "SELECT COALESCE(SUM(calls), 0) FROM rate_buckets"
                + " WHERE company = :c AND kind = :k AND bucket >= :b")
        .bind("c", company)
        .bind("k", kind)
        .bind("b", fromBucket)
        .mapTo(Long.class)
        .one();
  }

  private static void add(Handle h, String company, String kind, long bucket, int calls) {
    h.createUpdate(
            "INSERT INTO rate_buckets (company, kind, bucket, calls) VALUES (:c, :k, :b, :n)"
                + " ON CONFLICT (company, kind, bucket) DO UPDATE SET calls = rate_buckets.calls + :n")
        .bind("c", company)
        .bind("k", kind)
        .bind("b", bucket)
        .bind("n", calls)
        .execute();
  }

  @Override
  public void pause(String company, Instant until) {
    long ms = until.toEpochMilli();
    jdbi.useTransaction(
        h -> {
          lock(h, company);
          h.createUpdate(
                  "UPDATE rate_companies SET paused_until = :u"
                      + " WHERE company = :c AND paused_until < :u")
              .bind("c", company)
              .bind("u", ms)
              .execute();
        });
  }

  @Override
  public void countMonthly(String company, Instant at, long calls) {
    if (calls <= 0) {
      return;
    }
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO rate_months (company, month, calls) VALUES (:c, :m, :n)"
                        + " ON CONFLICT (company, month) DO UPDATE SET calls = rate_months.calls + :n")
                .bind("c", company)
                .bind("m", YearMonth.from(at.atZone(ZoneOffset.UTC)).toString())
                .bind("n", calls)
                .execute());
  }

  @Override
  public Map<String, Long> monthly(YearMonth month) {
    return jdbi.withHandle(
        h -> {
          Map<String, Long> out = new TreeMap<>();
          h.createQuery("SELECT company, calls FROM rate_months WHERE month = :m")
              .bind("m", month.toString())
              .map((rs, ctx) -> Map.entry(rs.getString("company"), rs.getLong("calls")))
              .forEach(e -> out.put(e.getKey(), e.getValue()));
          return out;
        });
  }
}
