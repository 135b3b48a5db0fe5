package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.quickbooks.NameCache;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
  private final NameCache.Session names;

  public DocumentPoster(
      QuickBooksClient client,
      Prepared.Builder prepare,
      InvoicePayments payments,
      int batchSize,
      NameCache.Session names) {
    this.client = client;
    this.prepare = prepare;
    this.posted = new PostedJson();
    this.payments = payments;
    this.batchSize = batchSize;
    this.names = names;
  }

  public List<PostOutcome> post(List<BooksDocument> documents) {
    List<Prepared> prepared = documents.stream().map(prepare::of).toList();
    PostOutcome[] outcomes = prepared.stream().map(Prepared::early).toArray(PostOutcome[]::new);
    List<Integer> toSend =
        IntStream.range(0, outcomes.length).filter(i -> outcomes[i] == null).boxed().toList();
    if (toSend.size() == 1) {
      outcomes[toSend.get(0)] = single(prepared.get(toSend.get(0)));
    }
    for (int from = 0; toSend.size() > 1 && from < toSend.size(); from += batchSize) {
      batch(prepared, toSend.subList(from, Math.min(toSend.size(), from + batchSize)), outcomes);
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
      return refused(key, e);
    }
  }

  private void batch(List<Prepared> prepared, List<Integer> indexes, PostOutcome[] outcomes) {
    ArrayNode items = client.json().createArrayNode();
    Map<String, Integer> byBid = new HashMap<>();
    for (int i : indexes) {
      Prepared p = prepared.get(i);
      String bId = "d" + i % 1_000_000;
      byBid.put(bId, i);
      items
          .addObject()
          .put("bId", bId)
          .put("operation", "create")
          .set(p.doc().kind().entity(), p.body());
    }
    List<String> keys = indexes.stream().map(i -> prepared.get(i).doc().postingKey()).toList();
    try {
      answer(client.batch(items, RequestIds.forBatch(keys)), prepared, byBid, outcomes);
    } catch (RuntimeException e) {
      byBid.values().forEach(i -> outcomes[i] = refused(prepared.get(i).doc().postingKey(), e));
    }
  }

  /** Per-bId results; a document the answer leaves out may or may not have been created. */
  private void answer(
      JsonNode responses,
      List<Prepared> prepared,
      Map<String, Integer> byBid,
      PostOutcome[] outcomes) {
    for (JsonNode response : responses) {
      Integer i = byBid.remove(response.path("bId").asText());
      if (i != null) {
        outcomes[i] = itemOutcome(prepared.get(i).doc(), response);
      }
    }
    byBid
        .values()
        .forEach(
            i ->
                outcomes[i] =
                    PostOutcome.uncertain(
                        prepared.get(i).doc().postingKey(),
                        "the batch answer had no result for this document; it may have been applied"));
  }

  private PostOutcome refused(String key, RuntimeException failure) {
    PostOutcome outcome = Outcomes.of(key, failure);
    return failure instanceof PermanentBooksException permanent
        ? staleOr(key, permanent.code(), outcome)
        : outcome;
  }

  /**
   * A 610 (object not found or inactive) on a document that used an id an earlier turn looked up
   * may be about that id: the engine builds the document again next turn with the names looked up
   * afresh ({@link NameCache}), instead of parking the order for a reference that may be fine.
   */
  private PostOutcome staleOr(String key, String code, PostOutcome outcome) {
    if (outcome.status() == PostOutcome.Status.REJECTED
        && "610".equals(code)
        && names.staleReference()) {
      return PostOutcome.staleReference(
          key,
          "QuickBooks refused a name looked up in an earlier turn ("
              + outcome.message()
              + "); it is looked up again and the document sent anew on the next turn");
    }
    return outcome;
  }

  private PostOutcome itemOutcome(BooksDocument doc, JsonNode response) {
    JsonNode object = response.get(doc.kind().entity());
    if (object != null && object.isObject()) {
      return posted.outcome(doc, object);
    }
    return FaultParser.fromFaultNode(response.get("Fault"))
        .map(
            error ->
                staleOr(
                    doc.postingKey(), error.code(), Outcomes.ofBatchFault(doc.postingKey(), error)))
        .orElseGet(
            () ->
                PostOutcome.uncertain(
                    doc.postingKey(),
                    "the batch answer for this document was unreadable; it may have been applied"));
  }
}
