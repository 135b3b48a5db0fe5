package dev.stockbook.core.state;

/** The life of one write. */
public enum PostingState {
  /** Written before the request; if found after a crash it is as good as {@link #UNCERTAIN}. */
  SENDING,
  /** Sent without a usable answer: look the document up before sending again. */
  UNCERTAIN,
  /**
   * Certainly not applied (throttled, refused before it was handled): send again with the same key.
   */
  NOT_APPLIED,
  /** QuickBooks has it. */
  DONE,
  /** QuickBooks refused the content. */
  REJECTED,
  /**
   * Certainly not applied, and no longer to be sent: the order was cancelled in the store (or set
   * aside by an operator) before it was posted. Sent again, under the same key, if it becomes a
   * sale.
   */
  WITHDRAWN;

  /** Whether the outcome is unknown and must be resolved by a lookup. */
  public boolean isUnresolved() {
    return this == SENDING || this == UNCERTAIN;
  }
}
