package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.quickbooks.QuickBooksClient;

/**
 * A document made ready to send: its JSON body, or (when it cannot be sent at all) its outcome.
 *
 * @param doc the document
 * @param body the entity JSON, or null when {@code early} is set
 * @param early an outcome decided without sending (unknown account name, key too long), or null
 */
public record Prepared(BooksDocument doc, ObjectNode body, PostOutcome early) {

  /** Resolves names to ids and builds the JSON. */
  public static final class Builder {
    private final DocumentJson json;
    private final NameIds accounts;
    private final NameIds paymentMethods;
    private final NameIds taxCodes;
    private final NameIds classes;
    private final NameIds locations;

    public Builder(DocumentJson json, NameIds accounts, NameIds paymentMethods) {
      this(json, accounts, paymentMethods, null, null, null);
    }

    /** With the name lists of tax codes, classes and locations (Department). */
    public Builder(
        DocumentJson json,
        NameIds accounts,
        NameIds paymentMethods,
        NameIds taxCodes,
        NameIds classes,
        NameIds locations) {
      this.json = json;
      this.accounts = accounts;
      this.paymentMethods = paymentMethods;
      this.taxCodes = taxCodes;
      this.classes = classes;
      this.locations = locations;
    }

    private DocumentJson.Ids ids(BooksDocument doc) {
      java.util.List<String> codes =
          doc.lines().stream()
              .map(dev.stockbook.core.books.DocumentLine::taxCode)
              .filter(java.util.Objects::nonNull)
              .toList();
      return new DocumentJson.Ids(
          accounts.idOf(doc.depositAccount()),
          paymentMethods.idOf(doc.paymentMethod()),
          codes.isEmpty() ? java.util.Map.of() : taxCodes.resolve(codes),
          doc.tags().className() == null ? null : classes.idOf(doc.tags().className()),
          doc.tags().locationName() == null ? null : locations.idOf(doc.tags().locationName()));
    }

    public Prepared of(BooksDocument doc) {
      String key = doc.postingKey();
      if (key == null || key.isBlank() || key.length() > QuickBooksClient.MAX_REQUEST_ID) {
        return new Prepared(
            doc,
            null,
            PostOutcome.rejected(
                key,
                "posting key must be 1.."
                    + QuickBooksClient.MAX_REQUEST_ID
                    + " characters to serve as QuickBooks requestid"));
      }
      try {
        ObjectNode body = json.toJson(doc, ids(doc));
        return new Prepared(doc, body, null);
      } catch (RuntimeException e) {
        return new Prepared(doc, null, Outcomes.of(key, e));
      }
    }
  }
}
