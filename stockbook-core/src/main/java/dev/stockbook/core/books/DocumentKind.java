package dev.stockbook.core.books;

/** The QuickBooks documents Stockbook writes. */
public enum DocumentKind {
  SALES_RECEIPT("SalesReceipt"),
  INVOICE("Invoice"),
  REFUND_RECEIPT("RefundReceipt");

  private final String entity;

  DocumentKind(String entity) {
    this.entity = entity;
  }

  /** The QuickBooks entity name. */
  public String entity() {
    return entity;
  }
}
