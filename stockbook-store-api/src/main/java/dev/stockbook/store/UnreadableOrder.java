package dev.stockbook.store;

import java.time.Instant;

/**
 * An order the store listed but the connector could not understand (a malformed amount, a missing
 * field). Reported instead of thrown, so one bad order never stops the others; the engine parks it
 * with {@code problem} where an operator sees it.
 *
 * @param id the store's order id
 * @param number the order number, or the id when unknown
 * @param modifiedAt when the store last changed it, or {@code null} when unreadable too
 * @param problem what is wrong, naming the field
 */
public record UnreadableOrder(String id, String number, Instant modifiedAt, String problem) {}
