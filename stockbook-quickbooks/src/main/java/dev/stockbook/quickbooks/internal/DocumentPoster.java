package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes documents: one alone goes as a plain create with {@code requestid = postingKey}; more go
 * in {@code /batch} requests of at most {@code batchSize}, each with a request id derived from its
 * documents' keys. Outcomes come back in input order.
 */
public final class DocumentPoster {
  private final QuickBooksClient client;
  private final Prepared.Builder prepare;
  private final PostedJson posted;
  private final InvoicePayments payments;
  private final int batchSize;

  public DocumentPoster(QuickBooksClient client, Prepared.Builder prepare, InvoicePayments payments, int batchSize) {
    this.client = client;
    this.prepare = prepare;
    this.posted = new PostedJson();
    this.payments = payments;
    this.batchSize = batchSize;
  }

  public List<PostOutcome> post(List<BooksDocument> documents) {
    List<Prepared> prepared = documents.stream().map(prepare::of).toList();
    PostOutcome[] outcomes = new PostOutcome[documents.size()];
    List<Integer> toSend = new ArrayList<>();
    for (int i = 0; i < prepared.size(); i++) {
      if (prepared.get(i).early() != null) {
        outcomes[i] = prepared.get(i).early();
      } else {
        toSend.add(i);
      }
    }
    if (toSend.size() == 1) {
      int i = toSend.get(0);
      outcomes[i] = single(prepared.get(i));
    } else {
      for (int from = 0; from < toSend.size(); from += batchSize) {
        batch(prepared, toSend.subList(from, Math.min(toSend.size(), from + batchSize)), outcomes);
      }
    }
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = payments.afterPosting(documents.get(i), outcomes[i]);
    }
    return Arrays.asList(outcomes);
  }

  private PostOutcome single(Prepared p) {
    String key = p.doc().postingKey();
    try {
      return posted.outcome(p.doc(), client.create(p.doc().kind().entity(), p.body(), key));
    } catch (RuntimeException e) {
      return Outcomes.of(key, e);
    }
  }

  private void batch(List<Prepared> prepared, List<Integer> indexes, PostOutcome[] outcomes) {
    ArrayNode items = client.json().createArrayNode();
    Map<String, Integer> byBid = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (int i : indexes) {
      Prepared p = prepared.get(i);
      String bId = "d" + i % 1_000_000;
      byBid.put(bId, i);
      keys.add(p.doc().postingKey());
      ObjectNode item = items.addObject().put("bId", bId).put("operation", "create");
      item.set(p.doc().kind().entity(), p.body());
    }
    try {
      JsonNode responses = client.batch(items, RequestIds.forBatch(keys));
      for (JsonNode response : responses) {
        Integer i = byBid.remove(response.path("bId").asText());
        if (i != null) {
          outcomes[i] = itemOutcome(prepared.get(i).doc(), response);
        }
      }
      byBid.values().forEach(i -> outcomes[i] = PostOutcome.uncertain(prepared.get(i).doc().postingKey(), "the batch answer had no result for this document; it may have been applied"));
    } catch (RuntimeException e) {
      byBid.values().forEach(i -> outcomes[i] = Outcomes.of(prepared.get(i).doc().postingKey(), e));
    }
  }

  private PostOutcome itemOutcome(BooksDocument doc, JsonNode response) {
    JsonNode object = response.get(doc.kind().entity());
    if (object != null && object.isObject()) {
      return posted.outcome(doc, object);
    }
    return FaultParser.fromFaultNode(response.get("Fault"))
        .map(error -> Outcomes.ofBatchFault(doc.postingKey(), error))
        .orElseGet(() -> PostOutcome.uncertain(doc.postingKey(), "the batch answer for this document was unreadable; it may have been applied"));
  }
}
