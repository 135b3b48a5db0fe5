package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.quickbooks.QuickBooksAuthException;
import dev.stockbook.quickbooks.QuickBooksClient;

/**
 * For a posted invoice marked paid: a Payment for its total, linked to it, with a request id
 * derived from the posting key. A failed payment keeps the invoice POSTED with a message saying the
 * payment is missing (the port has no status for "half done").
 */
public final class InvoicePayments {
  private final QuickBooksClient client;
  private final NameIds accounts;
  private final NameIds paymentMethods;

  public InvoicePayments(QuickBooksClient client, NameIds accounts, NameIds paymentMethods) {
    this.client = client;
    this.accounts = accounts;
    this.paymentMethods = paymentMethods;
  }

  public PostOutcome afterPosting(BooksDocument doc, PostOutcome outcome) {
    if (doc.kind() != DocumentKind.INVOICE
        || !doc.paid()
        || outcome.status() != PostOutcome.Status.POSTED) {
      return outcome;
    }
    try {
      client.create(
          "Payment",
          body(doc, outcome.document().id()),
          RequestIds.derived(doc.postingKey(), "pay"));
      return outcome;
    } catch (QuickBooksAuthException e) {
      throw e;
    } catch (RuntimeException e) {
      String message = "invoice posted, but its payment was not recorded: " + e.getMessage();
      return new PostOutcome(outcome.postingKey(), outcome.status(), outcome.document(), message);
    }
  }

  ObjectNode body(BooksDocument doc, String invoiceId) {
    ObjectNode body = client.json().createObjectNode();
    body.putObject("CustomerRef").put("value", doc.customerId());
    body.put("TotalAmt", doc.total()).put("TxnDate", doc.txnDate().toString());
    String method = paymentMethods.idOf(doc.paymentMethod());
    if (method != null) {
      body.putObject("PaymentMethodRef").put("value", method);
    }
    String deposit = accounts.idOf(doc.depositAccount());
    if (deposit != null) {
      body.putObject("DepositToAccountRef").put("value", deposit);
    }
    ObjectNode line = body.putArray("Line").addObject().put("Amount", doc.total());
    line.putArray("LinkedTxn").addObject().put("TxnId", invoiceId).put("TxnType", "Invoice");
    return body;
  }
}
