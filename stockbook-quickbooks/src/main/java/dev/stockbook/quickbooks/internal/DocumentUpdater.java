package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.PostedDocument;
import dev.stockbook.quickbooks.QuickBooksClient;

/**
 * Writes a new revision over a posted document: a full update with the SyncToken just read. When
 * someone changed the document between the read and the write (5010, stale token), it reads and
 * writes once more. The request id is the posting key plus the token it was sent against, so a
 * resend of the same write is recognised and a write against a newer token is not mistaken for it.
 */
public final class DocumentUpdater {
  static final String STALE_TOKEN = "5010";
  private final QuickBooksClient client;
  private final Prepared.Builder prepare;
  private final PostedJson posted = new PostedJson();

  public DocumentUpdater(QuickBooksClient client, Prepared.Builder prepare) {
    this.client = client;
    this.prepare = prepare;
  }

  public PostOutcome update(PostedDocument target, BooksDocument document) {
    Prepared p = prepare.of(document);
    if (p.early() != null) {
      return p.early();
    }
    try {
      try {
        return write(target, document, p.body());
      } catch (PermanentBooksException e) {
        if (!STALE_TOKEN.equals(e.code())) {
          throw e;
        }
        return write(target, document, p.body());
      }
    } catch (RuntimeException e) {
      return Outcomes.of(document.postingKey(), e);
    }
  }

  private PostOutcome write(PostedDocument target, BooksDocument document, ObjectNode body) {
    String entity = target.kind().entity();
    String token = client.read(entity, target.id()).path("SyncToken").asText();
    ObjectNode full =
        body.deepCopy().put("Id", target.id()).put("SyncToken", token).put("sparse", false);
    JsonNode updated = client.update(entity, full, requestId(document.postingKey(), token));
    return posted.outcome(document, updated);
  }

  static String requestId(String key, String token) {
    String id = key + "-t" + token;
    return id.length() <= QuickBooksClient.MAX_REQUEST_ID ? id : key;
  }
}
