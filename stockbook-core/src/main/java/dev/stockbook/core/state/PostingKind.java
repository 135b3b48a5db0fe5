package dev.stockbook.core.state;

/** What a ledger row writes to QuickBooks. */
public enum PostingKind {
  SALE,
  /** A new revision of a posted sale written over its document. */
  UPDATE,
  REFUND,
  VOID,
  ITEM
}
