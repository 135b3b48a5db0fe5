package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.woocommerce.WebhookDelivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Webhook registry and the Action Scheduler queue: events become pending deliveries; in the Action
 * Scheduler model ({@link WebhookDelivery#actionScheduler()}, the default) they go out when the
 * queue runner runs (at most once a {@code runnerInterval} of site time, from site traffic or a
 * {@code wp-cron.php} request), in the prompt model after a fixed lag. Bodies are rendered when
 * delivered; one POST each, no retries. One delivery per webhook and resource per request, as
 * WooCommerce dedupes. The creation ping is sent at once, as {@code WC_Webhook::deliver_ping} is.
 */
public final class Webhooks implements Events {
  /** A queued delivery; {@code ping} is the form-encoded {@code webhook_id=N} sent on creation. */
  record Pending(
      long webhookId, String topic, long resourceId, Instant due, long request, boolean ping) {}

  /** A delivery attempt, for tests and the docs. */
  public record Attempt(
      long webhookId, String topic, long resourceId, int status, String deliveryId) {}

  private final Store store;
  private final WebhookDelivery delivery;
  private Instant lastRun;
  private final WebhookSender sender;
  private final BiFunction<String, Long, Optional<JsonNode>> render;
  private final Map<Long, Webhook> webhooks = new LinkedHashMap<>();
  private final List<Pending> queue = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();
  private final Object deliveryLock = new Object();
  private long request;

  public Webhooks(
      Store store,
      WebhookDelivery delivery,
      WebhookSender sender,
      BiFunction<String, Long, Optional<JsonNode>> render) {
    this.store = store;
    this.delivery = delivery;
    this.lastRun = store.now();
    this.sender = sender;
    this.render = render;
  }

  /** Called under the store lock at the start of each API request. */
  public void beginRequest() {
    request++;
  }

  @Override
  public void fire(String topic, long resourceId) {
    Instant due = store.now().plus(delivery.lag());
    for (Webhook w : webhooks.values()) {
      Pending p = new Pending(w.id, topic, resourceId, due, request, false);
      boolean duplicate =
          queue.stream()
              .anyMatch(
                  q ->
                      q.webhookId() == w.id
                          && q.topic().equals(topic)
                          && q.resourceId() == resourceId
                          && q.request() == request);
      if ("active".equals(w.status) && w.topic.equals(topic) && !duplicate) {
        queue.add(p);
      }
    }
  }

  public Map<Long, Webhook> all() {
    return webhooks;
  }

  public Webhook get(long id) {
    Webhook w = webhooks.get(id);
    if (w == null) {
      throw WpError.invalidId("webhook");
    }
    return w;
  }

  public Webhook create(JsonNode in) {
    Webhook w = new Webhook(store.nextPostId(), store.now());
    apply(w, in, true);
    webhooks.put(w.id, w);
    queue.add(new Pending(w.id, "", 0, store.now(), request, true));
    return w;
  }

  public void apply(Webhook w, JsonNode in, boolean creating) {
    String topic = in.path("topic").asText(creating ? "" : w.topic);
    if (!Webhook.HOOKS.containsKey(topic)) {
      throw WpError.badRequest(
          "woocommerce_rest_webhook_invalid_topic", "Webhook topic is required and must be valid.");
    }
    String url = in.path("delivery_url").asText(creating ? "" : w.deliveryUrl);
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw WpError.badRequest(
          "woocommerce_rest_webhook_invalid_delivery_url",
          "Webhook delivery URL must be a valid URL starting with http:// or https://.");
    }
    w.topic = topic;
    w.deliveryUrl = url;
    w.name =
        in.path("name")
            .asText(creating ? "Webhook created on " + store.time.local(store.now()) : w.name);
    w.status = in.path("status").asText(w.status);
    w.secret =
        in.hasNonNull("secret")
            ? in.get("secret").asText()
            : w.secret == null ? store.randomToken(50) : w.secret;
    if ("active".equals(w.status)) {
      w.failureCount = creating ? 0 : w.failureCount;
    }
    w.modified = store.now();
  }

  public void delete(long id) {
    get(id);
    webhooks.remove(id);
    queue.removeIf(p -> p.webhookId() == id);
  }

  public ObjectNode json(Webhook w) {
    ObjectNode out = Templates.copy(Templates.WEBHOOK);
    out.put("id", w.id).put("name", w.name).put("status", w.status).put("topic", w.topic);
    out.put("resource", w.resource()).put("event", w.event());
    Webhook.HOOKS.get(w.topic).forEach(out.putArray("hooks")::add);
    out.put("delivery_url", w.deliveryUrl);
    out.put("date_created", store.time.local(w.created))
        .put("date_created_gmt", store.time.gmt(w.created));
    out.put("date_modified", store.time.local(w.modified))
        .put("date_modified_gmt", store.time.gmt(w.modified));
    ObjectNode links = out.putObject("_links");
    links
        .putArray("self")
        .addObject()
        .put("href", store.api("/webhooks/" + w.id))
        .putObject("targetHints")
        .putArray("allow")
        .add("GET")
        .add("POST")
        .add("PUT")
        .add("PATCH")
        .add("DELETE");
    links.putArray("collection").addObject().put("href", store.api("/webhooks"));
    return out;
  }

  public List<Attempt> attempts() {
    synchronized (store.lock) {
      return List.copyOf(attempts);
    }
  }

  /** What makes the queue run. */
  public enum Trigger {
    /**
     * The background tick: site visitors (Action Scheduler model only when the site has traffic).
     */
    TRAFFIC,
    /** A request to {@code /wp-cron.php}: runs the queue when WP-Cron's minute has come. */
    CRON,
    /** The admin's "Run" on Tools → Scheduled Actions, or a test: runs the queue now. */
    RUN_NOW
  }

  /** Sends every delivery whose time has come; returns how many were attempted. */
  public int deliverDue() {
    return deliverDue(Trigger.RUN_NOW);
  }

  /** Sends what the trigger lets go out; returns how many deliveries were attempted. */
  public int deliverDue(Trigger trigger) {
    synchronized (deliveryLock) {
      List<WebhookSender.Outgoing> due = takeDue(trigger);
      for (WebhookSender.Outgoing out : due) {
        int status = sender.send(out);
        record(out, status);
      }
      return due.size();
    }
  }

  private List<WebhookSender.Outgoing> takeDue(Trigger trigger) {
    synchronized (store.lock) {
      List<WebhookSender.Outgoing> due = new ArrayList<>();
      Instant now = store.now();
      boolean runs = runnerRuns(trigger, now);
      for (Iterator<Pending> it = queue.iterator(); it.hasNext(); ) {
        Pending p = it.next();
        Webhook w = webhooks.get(p.webhookId());
        if (p.due().isAfter(now) || (!runs && !p.ping())) {
          continue;
        }
        it.remove();
        if (w != null && (p.ping() || "active".equals(w.status))) {
          due.add(outgoing(w, p));
        }
      }
      return due;
    }
  }

  /** Whether the queue runner runs now; when it does, its next run is a full interval away. */
  private boolean runnerRuns(Trigger trigger, Instant now) {
    if (!delivery.queued() || trigger == Trigger.RUN_NOW) {
      return true;
    }
    if (trigger == Trigger.TRAFFIC && !delivery.siteTraffic()) {
      return false;
    }
    if (now.isBefore(lastRun.plus(delivery.runnerInterval()))) {
      return false;
    }
    lastRun = now;
    return true;
  }

  private WebhookSender.Outgoing outgoing(Webhook w, Pending p) {
    String deliveryId = String.format("%032x", new java.math.BigInteger(128, store.random));
    if (p.ping()) {
      return new WebhookSender.Outgoing(
          w.id, w.deliveryUrl, "", 0, deliveryId, null, w.secret, true);
    }
    byte[] body =
        p.topic().endsWith(".deleted")
            ? WpJson.bytes(WpJson.object().put("id", p.resourceId()))
            : render
                .apply(w.resource(), p.resourceId())
                .map(WpJson::bytes)
                .orElse(WpJson.bytes(WpJson.object().put("id", p.resourceId())));
    return new WebhookSender.Outgoing(
        w.id, w.deliveryUrl, p.topic(), p.resourceId(), deliveryId, body, w.secret, false);
  }

  private void record(WebhookSender.Outgoing out, int status) {
    synchronized (store.lock) {
      attempts.add(
          new Attempt(
              out.webhookId(),
              out.ping() ? "ping" : out.topic(),
              out.resourceId(),
              status,
              out.deliveryId()));
      Webhook w = webhooks.get(out.webhookId());
      if (w == null || out.ping()) {
        return;
      }
      if (status >= 200 && status < 303) {
        w.failureCount = 0;
      } else {
        w.failed();
      }
      w.modified = Objects.requireNonNullElse(store.now(), w.modified);
    }
  }
}
