package dev.stockbook.core.state;

/** Where a store order stands in Stockbook. */
public enum OrderState {
  /** Sold, not yet in QuickBooks: will be posted (its quantities count as pending). */
  WAITING,
  /** In QuickBooks. */
  POSTED,
  /** Held with a reason an operator must act on (its quantities count as pending). */
  PARKED,
  /** Not a sale (pending payment, failed, draft...) or ignored by an operator. */
  IGNORED,
  /** Cancelled in the store: voided in QuickBooks, or cancelled before it was ever posted. */
  VOIDED;

  /** Whether the store already counted the order's quantities but QuickBooks has not. */
  public boolean isPending() {
    return this == WAITING || this == PARKED;
  }
}
