package dev.stockbook.core.state;

/** What a ledger row writes to QuickBooks. */
public enum PostingKind {
  SALE,
  REFUND,
  VOID,
  ITEM
}
