package dev.stockbook.core.books;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A document ready to be written: every amount already decided and checked by the engine.
 *
 * @param kind sales receipt, invoice or refund receipt
 * @param postingKey Stockbook's idempotency key (QuickBooks {@code requestid})
 * @param docNumber the document number (at most 21 characters)
 * @param txnDate the transaction date
 * @param customerId the customer's QuickBooks id
 * @param privateNote the note carrying store, order id and posting key
 * @param lines item, shipping and discount lines
 * @param totalTax the document's total tax
 * @param total the expected document total (lines - discounts + tax)
 * @param depositAccount account name money goes to (receipts), or {@code null} for the default
 * @param paymentMethod payment method name, or {@code null}
 * @param paid for an invoice: record a payment for the total
 * @param tags currency, class and location
 */
public record BooksDocument(
    DocumentKind kind,
    String postingKey,
    String docNumber,
    LocalDate txnDate,
    String customerId,
    String privateNote,
    List<DocumentLine> lines,
    BigDecimal totalTax,
    BigDecimal total,
    String depositAccount,
    String paymentMethod,
    boolean paid,
    DocumentTags tags) {

  public BooksDocument {
    lines = List.copyOf(lines);
    tags = tags == null ? DocumentTags.NONE : tags;
  }

  /** A document in the home currency, without class or location. */
  public BooksDocument(
      DocumentKind kind,
      String postingKey,
      String docNumber,
      LocalDate txnDate,
      String customerId,
      String privateNote,
      List<DocumentLine> lines,
      BigDecimal totalTax,
      BigDecimal total,
      String depositAccount,
      String paymentMethod,
      boolean paid) {
    this(
        kind,
        postingKey,
        docNumber,
        txnDate,
        customerId,
        privateNote,
        lines,
        totalTax,
        total,
        depositAccount,
        paymentMethod,
        paid,
        DocumentTags.NONE);
  }

  /** Whether every line carries a tax code of its own (the global tax model). */
  public boolean linesCarryTaxCodes() {
    return !lines.isEmpty()
        && lines.stream()
            .filter(l -> l.kind() != DocumentLine.Kind.DISCOUNT)
            .allMatch(l -> l.taxCode() != null);
  }
}
