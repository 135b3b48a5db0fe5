package dev.stockbook.core.state;

import java.time.Instant;

/**
 * The summary of one sync cycle.
 *
 * @param connection the connection name
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param ordersRead orders read from the store
 * @param ordersPosted documents posted to QuickBooks
 * @param ordersParked orders parked in this cycle
 * @param stockPushed stock quantities written to the store
 * @param errors problems met (each also recorded where it belongs)
 * @param summary one line in plain words
 */
public record CycleRun(
    String connection,
    Instant startedAt,
    Instant finishedAt,
    int ordersRead,
    int ordersPosted,
    int ordersParked,
    int stockPushed,
    int errors,
    String summary) {}
