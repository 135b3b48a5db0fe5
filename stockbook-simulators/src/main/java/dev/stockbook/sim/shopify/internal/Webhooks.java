package dev.stockbook.sim.shopify.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Subscriptions and the delivery queue. An event renders its payload once, when it happens, and
 * queues one delivery per matching subscription. A failed attempt is retried 8 times over 4 hours
 * (1, 2, 4, 8, 16, 32, 64, 113 minutes: exponential, the last trimmed to end at 4 h); after the
 * last retry fails the subscription is deleted. Retries keep the webhook id, payload and address.
 */
public final class Webhooks implements Events {
  static final List<Duration> RETRIES =
      List.of(1, 2, 4, 8, 16, 32, 64, 113).stream().map(m -> Duration.ofMinutes(m)).toList();

  /** One delivery attempt, for tests and the journal. */
  public record Attempt(
      long subscriptionId, String topic, String webhookId, int attempt, int status, Instant at) {}

  /** Switches a test may flip at any time. */
  public static final class Options {
    public volatile Duration lag = Duration.ZERO;
    public volatile boolean reorder;
    public volatile boolean duplicate;
  }

  private record Delivery(
      WebhookSubscription subscription, WebhookSender.Outgoing out, int attempt, Instant due) {}

  private final Shop shop;
  private final RestPayloads payloads;
  private final WebhookSender sender;
  public final Options options = new Options();
  private final Map<Long, WebhookSubscription> subscriptions = new LinkedHashMap<>();
  private final List<Delivery> queue = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();
  private final Object sending = new Object();

  public Webhooks(Shop shop, WebhookSender sender) {
    this.shop = shop;
    this.payloads = new RestPayloads(shop);
    this.sender = sender;
  }

  public synchronized WebhookSubscription subscribe(
      String topic, String uri, String format, List<String> fields, String version) {
    WebhookSubscription s =
        new WebhookSubscription(shop.nextId(), topic, uri, format, fields, version, shop.now());
    subscriptions.put(s.id, s);
    return s;
  }

  public synchronized boolean unsubscribe(long id) {
    queue.removeIf(d -> d.subscription().id == id);
    return subscriptions.remove(id) != null;
  }

  public synchronized WebhookSubscription subscription(long id) {
    return subscriptions.get(id);
  }

  public synchronized List<WebhookSubscription> subscriptions() {
    return List.copyOf(subscriptions.values());
  }

  public synchronized List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  @Override
  public void order(String topic, Order order) {
    queue(topic, payloads.order(order));
  }

  @Override
  public void refund(Refund refund) {
    queue("refunds/create", payloads.refund(refund));
  }

  @Override
  public void inventoryLevel(InventoryLevel level) {
    queue("inventory_levels/update", payloads.inventoryLevel(level));
  }

  @Override
  public void product(Product product) {
    queue("products/update", payloads.product(product));
  }

  private synchronized void queue(String topic, ObjectNode payload) {
    String eventId = uuid();
    Instant now = shop.clock.instant();
    for (WebhookSubscription s : subscriptions.values()) {
      if (s.topic.equals(topic)) {
        byte[] body =
            Json.bytes(
                s.includeFields.isEmpty() ? payload : payload.deepCopy().retain(s.includeFields));
        var out =
            new WebhookSender.Outgoing(
                s.uri, topic, s.apiVersion, uuid(), eventId, now.toString(), body);
        queue.add(new Delivery(s, out, 0, now.plus(options.lag)));
      }
    }
  }

  /** Sends every delivery that is due on the simulator clock; returns how many were attempted. */
  public int deliverDue() {
    synchronized (sending) {
      List<Delivery> due = takeDue();
      for (Delivery d : due) {
        int status = sender.send(d.out());
        if (options.duplicate) {
          sender.send(d.out());
        }
        record(d, status);
      }
      return due.size();
    }
  }

  private synchronized List<Delivery> takeDue() {
    Instant now = shop.clock.instant();
    List<Delivery> due = new ArrayList<>();
    for (Iterator<Delivery> it = queue.iterator(); it.hasNext(); ) {
      Delivery d = it.next();
      if (!d.due().isAfter(now)) {
        it.remove();
        due.add(d);
      }
    }
    if (options.reorder) {
      Collections.shuffle(due, shop.random);
    }
    return due;
  }

  private synchronized void record(Delivery d, int status) {
    Instant now = shop.clock.instant();
    attempts.add(
        new Attempt(
            d.subscription().id, d.out().topic(), d.out().webhookId(), d.attempt(), status, now));
    if (status >= 200 && status < 300 || !subscriptions.containsKey(d.subscription().id)) {
      return;
    }
    if (d.attempt() >= RETRIES.size()) {
      unsubscribe(d.subscription().id);
      return;
    }
    queue.add(
        new Delivery(
            d.subscription(), d.out(), d.attempt() + 1, now.plus(RETRIES.get(d.attempt()))));
  }

  /** Deliveries still queued (first attempts and retries). */
  public synchronized int pending() {
    return queue.size();
  }

  private String uuid() {
    return new UUID(shop.random.nextLong(), shop.random.nextLong()).toString();
  }
}
