package dev.stockbook.app.service;

import dev.stockbook.store.StoreConnectors;
import dev.stockbook.store.config.ConfigValues;
import dev.stockbook.store.webhook.WebhookDelivery;
import dev.stockbook.store.webhook.WebhookEvent;
import dev.stockbook.store.webhook.WebhookReceiver;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /webhooks/{connection}}: hands the raw delivery to the connection's store connector,
 * which verifies it and says what it means; records a change once and wakes the connection for
 * order events. It never syncs itself: the scheduler does. Whatever the store signed but Stockbook
 * does not follow gets a 2xx too, since stores disable a webhook after repeated failed deliveries.
 * {@code /webhooks/{type}/{connection}} is the same, for webhooks registered by Stockbook 0.1.
 */
final class StoreWebhook {
  private final ServiceRuntime runtime;
  private final WebhookSecrets secrets;
  private final int maxBytes;

  StoreWebhook(ServiceRuntime runtime, WebhookSecrets secrets, int maxBytes) {
    this.runtime = runtime;
    this.secrets = secrets;
    this.maxBytes = maxBytes;
  }

  void handle(Context ctx) {
    Optional<ConfigValues> connection = runtime.connection(ctx.pathParam("connection"));
    String type = connection.map(c -> c.string("store.type")).orElse("unknown");
    String claimed = ctx.pathParamMap().getOrDefault("type", type);
    Optional<WebhookReceiver> receiver =
        StoreConnectors.installed().find(type).flatMap(f -> f.webhooks());
    if (connection.isEmpty() || !claimed.equals(type) || receiver.isEmpty()) {
      answer(ctx, type, 404, "unknown", "No connection of that name takes store webhooks.");
      return;
    }
    WebhookDelivery delivery = new WebhookDelivery(headers(ctx), Bodies.read(ctx, maxBytes));
    ConfigValues values = runtime.wiring().effective(connection.get());
    WebhookEvent event =
        receiver
            .get()
            .receive(delivery, runtime.wiring().storeSettings(values), secrets.of(values));
    respond(ctx, connection.get(), type, event);
  }

  private void respond(Context ctx, ConfigValues connection, String type, WebhookEvent event) {
    if (event instanceof WebhookEvent.Change c) {
      record(ctx, connection, type, c);
    } else if (event instanceof WebhookEvent.Rejected r) {
      answer(ctx, type, r.status(), r.outcome(), r.reason());
    } else if (event instanceof WebhookEvent.Ignored i) {
      answer(ctx, type, 200, "ignored", i.reason());
    } else {
      answer(ctx, type, 200, "ping", "pong");
    }
  }

  private void record(Context ctx, ConfigValues connection, String type, WebhookEvent.Change c) {
    String name = connection.string("name");
    String topic = WebhookTopics.of(c.kind());
    boolean fresh =
        runtime
            .tables()
            .record(name, type, c.deliveryKey(), topic, c.resourceId(), runtime.clock().instant());
    if (fresh && WebhookTopics.wakes(topic)) {
      runtime.wake(name, topic);
    }
    answer(
        ctx, type, 200, fresh ? "recorded" : "duplicate", fresh ? "recorded" : "already recorded");
  }

  private static Map<String, List<String>> headers(Context ctx) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    Collections.list(ctx.req().getHeaderNames())
        .forEach(n -> all.put(n, Collections.list(ctx.req().getHeaders(n))));
    return all;
  }

  private void answer(Context ctx, String type, int status, String outcome, String message) {
    runtime.metrics().webhook(type, outcome);
    ctx.status(status).contentType("text/plain").result(message);
  }
}
