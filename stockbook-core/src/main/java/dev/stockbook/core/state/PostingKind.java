package dev.stockbook.core.state;

/** What a ledger row writes to QuickBooks. */
public enum PostingKind {
  SALE,
  /** A new revision of a posted sale written over its document. */
  UPDATE,
  REFUND,
  VOID,
  ITEM,
  /**
   * A daily summary receipt ({@code sync.posting=daily-summary}): the summary itself (order id
   * {@code summary:<day>}) and one row per order and refund it holds, all settled together.
   */
  SUMMARY
}
