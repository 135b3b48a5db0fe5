package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.PostedDocument;
import java.math.BigDecimal;

/** A transaction as QuickBooks returned it, as a {@link PostedDocument} / {@link PostOutcome}. */
public final class PostedJson {

  public static PostedDocument toPosted(DocumentKind kind, JsonNode object) {
    JsonNode total = object.get("TotalAmt");
    return new PostedDocument(
        kind,
        object.path("Id").asText(),
        object.path("DocNumber").asText(null),
        object.path("SyncToken").asText(null),
        total == null || !total.isNumber() ? null : total.decimalValue());
  }

  /** POSTED; with a message when QuickBooks' total differs from the one the engine expected. */
  public PostOutcome outcome(BooksDocument doc, JsonNode object) {
    PostedDocument posted = toPosted(doc.kind(), object);
    BigDecimal actual = posted.total();
    if (doc.total() != null && (actual == null || actual.compareTo(doc.total()) != 0)) {
      String message = "QuickBooks total " + actual + " differs from the expected " + doc.total();
      return new PostOutcome(doc.postingKey(), PostOutcome.Status.POSTED, posted, message);
    }
    return PostOutcome.posted(doc.postingKey(), posted);
  }
}
