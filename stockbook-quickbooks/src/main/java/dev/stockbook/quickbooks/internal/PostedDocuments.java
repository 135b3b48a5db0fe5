package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.PostedDocument;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.util.Optional;

/** Finding a document by number and posting key, and voiding one. */
public final class PostedDocuments {
  private final QuickBooksClient client;

  public PostedDocuments(QuickBooksClient client) {
    this.client = client;
  }

  public Optional<PostedDocument> find(DocumentKind kind, String docNumber, String postingKey) {
    String statement =
        "select * from " + kind.entity() + " where DocNumber = " + QueryText.quote(docNumber);
    return client.queryAll(statement).stream()
        .filter(doc -> doc.path("PrivateNote").asText("").contains(postingKey))
        .findFirst()
        .map(doc -> PostedJson.toPosted(kind, doc));
  }

  /** Reads the current SyncToken first, so an edit since posting does not fail with 5010. */
  public PostOutcome voidDocument(PostedDocument document, String requestId) {
    String entity = document.kind().entity();
    try {
      JsonNode current = client.read(entity, document.id());
      ObjectNode body = client.json().createObjectNode();
      body.put("Id", document.id())
          .put("SyncToken", current.path("SyncToken").asText(document.syncToken()));
      JsonNode voided = client.voidTransaction(entity, body, requestId);
      return PostOutcome.posted(requestId, PostedJson.toPosted(document.kind(), voided));
    } catch (RuntimeException e) {
      return Outcomes.of(requestId, e);
    }
  }
}
