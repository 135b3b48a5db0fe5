package dev.stockbook.app.service;

import dev.stockbook.core.config.ConfigValues;
import dev.stockbook.quickbooks.IntuitSignature;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /webhooks/quickbooks}: one endpoint for every company. The signature must verify
 * under a connection's verifier token; each change goes to every such connection of its company
 * (realm), recorded once per event id, and those connections are woken. Answers within
 * QuickBooks' 3 seconds because it only records.
 */
final class QuickBooksWebhook {
  private final ServiceRuntime runtime;
  private final int maxBytes;

  QuickBooksWebhook(ServiceRuntime runtime, int maxBytes) {
    this.runtime = runtime;
    this.maxBytes = maxBytes;
  }

  void handle(Context ctx) {
    byte[] body = Bodies.read(ctx, maxBytes);
    String signature = ctx.header(IntuitSignature.HEADER);
    List<ConfigValues> verified = runtime.wiring().config().connections().stream()
        .filter(c -> IntuitSignature.verify(body, signature, c.string("quickbooks.webhookVerifierToken"))).toList();
    if (verified.isEmpty()) {
      answer(ctx, 401, "forged", "The intuit-signature does not match any connection's verifier token.");
      return;
    }
    var changes = QuickBooksEvents.parse(body);
    if (changes.isEmpty()) {
      answer(ctx, 400, "malformed", "Expected a CloudEvents array or an eventNotifications object.");
      return;
    }
    Set<String> woken = new LinkedHashSet<>();
    for (QuickBooksEvents.Change change : changes.get()) {
      for (ConfigValues c : verified) {
        String name = c.string("name");
        if (c.string("quickbooks.realmId").equals(change.realm())
            && runtime.tables().record(name, "quickbooks", change.key(), WebhookTopics.QUICKBOOKS,
                change.entity() + ":" + change.entityId(), runtime.clock().instant())) {
          woken.add(name);
        }
      }
    }
    woken.forEach(runtime::wake);
    answer(ctx, 200, woken.isEmpty() ? "duplicate" : "recorded", "recorded");
  }

  private void answer(Context ctx, int status, String outcome, String message) {
    runtime.metrics().webhook("quickbooks", outcome);
    ctx.status(status).contentType("text/plain").result(message);
  }
}
