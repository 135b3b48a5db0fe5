package dev.stockbook.app.service;

import dev.stockbook.quickbooks.IntuitSignature;
import dev.stockbook.store.config.ConfigValues;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /webhooks/quickbooks}: one endpoint for every company. The signature must verify
 * under a connection's verifier token; each change to stock (an item, or a transaction that moves
 * stock) goes to every such connection of its company (realm), recorded once per event id, and
 * those connections are woken. Answers within QuickBooks' 3 seconds because it only records.
 *
 * <p>A signed delivery with nothing for Stockbook (an empty list, only other entities, or only
 * companies no connection syncs) is answered 200: QuickBooks retries anything else for days and may
 * hold later events back until it is acknowledged.
 */
final class QuickBooksWebhook {
  private static final Logger LOG = LoggerFactory.getLogger(QuickBooksWebhook.class);
  private final ServiceRuntime runtime;
  private final int maxBytes;

  QuickBooksWebhook(ServiceRuntime runtime, int maxBytes) {
    this.runtime = runtime;
    this.maxBytes = maxBytes;
  }

  void handle(Context ctx) {
    byte[] body = Bodies.read(ctx, maxBytes);
    String signature = ctx.header(IntuitSignature.HEADER);
    List<ConfigValues> verified =
        runtime.wiring().config().connections().stream()
            .filter(
                c ->
                    IntuitSignature.verify(
                        body, signature, c.string("quickbooks.webhookVerifierToken")))
            .toList();
    if (verified.isEmpty()) {
      answer(
          ctx,
          401,
          "forged",
          "The intuit-signature does not match any connection's verifier token.");
      return;
    }
    var changes = QuickBooksEvents.parse(body);
    if (changes.isEmpty()) {
      answer(
          ctx, 400, "malformed", "Expected a CloudEvents array or an eventNotifications object.");
      return;
    }
    List<QuickBooksEvents.Change> stock =
        changes.get().stream()
            .filter(c -> WebhookTopics.QUICKBOOKS_STOCK_ENTITIES.contains(c.entity()))
            .toList();
    if (stock.isEmpty()) {
      answer(ctx, 200, "ignored", "ignored: no change to items or stock");
      return;
    }
    Set<String> woken = new LinkedHashSet<>();
    Set<String> matched = new LinkedHashSet<>();
    Set<String> strangers = new LinkedHashSet<>();
    for (QuickBooksEvents.Change change : stock) {
      List<String> names =
          verified.stream()
              .filter(c -> c.string("quickbooks.realmId").equals(change.realm()))
              .map(c -> c.string("name"))
              .toList();
      if (names.isEmpty()) {
        strangers.add(change.realm());
      }
      for (String name : names) {
        matched.add(name);
        if (runtime
            .tables()
            .record(
                name,
                "quickbooks",
                change.key(),
                WebhookTopics.QUICKBOOKS,
                BooksCalls.resource(change.entity(), change.entityId()),
                runtime.clock().instant())) {
          woken.add(name);
        }
      }
    }
    if (!strangers.isEmpty()) {
      LOG.warn(
          "QuickBooks webhook for company {} ignored: no connection with this verifier token syncs it",
          String.join(", ", strangers.stream().map(QuickBooksWebhook::printable).toList()));
    }
    woken.forEach(name -> runtime.wake(name, WebhookTopics.QUICKBOOKS));
    if (!woken.isEmpty()) {
      answer(ctx, 200, "recorded", "recorded for " + String.join(", ", woken));
    } else if (!matched.isEmpty()) {
      answer(ctx, 200, "duplicate", "already recorded");
    } else {
      answer(ctx, 200, "ignored", "ignored: no connection syncs this company");
    }
  }

  /** A realm id as sent, cut short and without control characters, for a log line. */
  private static String printable(String realm) {
    String cut = realm.length() > 40 ? realm.substring(0, 40) + "..." : realm;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }

  private void answer(Context ctx, int status, String outcome, String message) {
    runtime.metrics().webhook("quickbooks", outcome);
    ctx.status(status).contentType("text/plain").result(message);
  }
}
