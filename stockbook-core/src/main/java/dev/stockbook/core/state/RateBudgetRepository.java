package dev.stockbook.core.state;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

/**
 * A QuickBooks company's request budget kept where every node sees it: calls are counted in the
 * shared database, so nodes and connections of one company together stay under its limits.
 */
public interface RateBudgetRepository {

  /** The limits of one company: requests per second and per minute, batch requests per minute. */
  record Limits(int perSecond, int perMinute, int batchesPerMinute) {}

  /**
   * Counts a request QuickBooks meters as {@code weight} calls, if every window has room at {@code
   * now} and no 429 pause holds; returns zero then, else how long to wait before asking again. A
   * request taken counts as in flight until {@link #answered}: QuickBooks may receive it any time
   * until then.
   */
  Duration take(String company, Instant now, int weight, boolean batch, Limits limits);

  /**
   * The request taken at {@code sent} was answered at {@code at}: it is no longer in flight, and
   * counts at {@code at} from now on.
   */
  void answered(String company, int weight, Instant sent, Instant at);

  /** QuickBooks said 429: no node sends for this company until {@code until}. */
  void pause(String company, Instant until);

  /** Adds {@code calls} to the company's count of the month of {@code at} (UTC). */
  void countMonthly(String company, Instant at, long calls);

  /** Each company's calls in {@code month}. */
  Map<String, Long> monthly(YearMonth month);
}
