package dev.stockbook.app.service;

import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.PostedDocument;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one turn's QuickBooks calls told the service ({@link Observed#books}): the first
 * authorization failure, when the latest change-feed read that answered was sent, and the documents
 * the turn wrote.
 */
final class BooksCalls {
  private final AtomicReference<String> authFailure = new AtomicReference<>();
  private final AtomicReference<Instant> changesRead = new AtomicReference<>();

  /** A written document's webhook resource ({@code salesreceipt:12}) → when QuickBooks answered. */
  private final Map<String, Instant> written = new ConcurrentHashMap<>();

  void authFailed(String message) {
    authFailure.compareAndSet(null, message);
  }

  Optional<String> authFailure() {
    return Optional.ofNullable(authFailure.get());
  }

  void changesRead(Instant sent) {
    changesRead.accumulateAndGet(sent, (a, b) -> a == null || b.isAfter(a) ? b : a);
  }

  /**
   * When the latest change-feed read that answered was sent: every QuickBooks change whose webhook
   * came before it is in that answer.
   */
  Optional<Instant> changesRead() {
    return Optional.ofNullable(changesRead.get());
  }

  /** Notes the documents a write answered with (those QuickBooks holds). */
  void wrote(Object answer, Instant answered) {
    if (answer instanceof PostOutcome outcome) {
      wrote(outcome, answered);
    } else if (answer instanceof List<?> outcomes) {
      outcomes.forEach(o -> wrote(o, answered));
    }
  }

  private void wrote(PostOutcome outcome, Instant answered) {
    PostedDocument document = outcome.document();
    if (outcome.status() == PostOutcome.Status.POSTED && document != null) {
      written.put(resource(document.kind().entity(), document.id()), answered);
    }
  }

  /**
   * The webhook resources of the documents this turn wrote before its latest change-feed read was
   * sent: that read carried their change to the stock, so QuickBooks' webhook for them asks for
   * nothing more.
   */
  Set<String> covered() {
    Set<String> out = new LinkedHashSet<>();
    changesRead()
        .ifPresent(
            read ->
                written.forEach(
                    (resource, answered) -> {
                      if (!answered.isAfter(read)) {
                        out.add(resource);
                      }
                    }));
    return out;
  }

  /** The resource id a QuickBooks webhook event is recorded under ({@link QuickBooksWebhook}). */
  static String resource(String entity, String id) {
    return entity.toLowerCase(Locale.ROOT) + ":" + id;
  }
}
