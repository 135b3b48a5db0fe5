package dev.stockbook.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one cycle did.
 *
 * @param connection the connection
 * @param startedAt start
 * @param finishedAt end
 * @param ordersRead store orders whose record changed
 * @param posted sale documents posted
 * @param afterPosting refund receipts and voids written
 * @param parked orders parked in this cycle
 * @param unresolved ledger rows still uncertain (QuickBooks unreachable)
 * @param stockWritten quantities written to the store
 * @param errors problems, in plain words; the cycle went on past each
 */
public record CycleReport(
    String connection,
    Instant startedAt,
    Instant finishedAt,
    int ordersRead,
    int posted,
    int afterPosting,
    int parked,
    int unresolved,
    int stockWritten,
    List<String> errors) {

  public CycleReport {
    errors = List.copyOf(errors);
  }

  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  /** One line in plain words. */
  public String summary() {
    return ordersRead
        + " order(s) read, "
        + posted
        + " posted, "
        + afterPosting
        + " refund(s)/void(s), "
        + parked
        + " parked, "
        + stockWritten
        + " stock update(s)"
        + (unresolved > 0 ? ", " + unresolved + " uncertain" : "")
        + (errors.isEmpty()
            ? ""
            : ", " + errors.size() + " problem(s): " + String.join("; ", errors));
  }
}
