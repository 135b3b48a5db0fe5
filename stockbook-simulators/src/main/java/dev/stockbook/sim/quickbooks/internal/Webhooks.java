package dev.stockbook.sim.quickbooks.internal;

import dev.stockbook.sim.quickbooks.QuickBooksOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed webhook deliveries (reference §3). Changes queue up; {@link #deliverDue()} sends every
 * delivery whose time has come on the simulator clock (up to 100 events each), retrying failures on
 * Intuit's schedule. A background thread calls it when {@code webhookAutoDeliver} is on.
 */
public final class Webhooks implements AutoCloseable {
  static final int MAX_EVENTS = 100;
  private static final List<Duration> RETRIES =
      List.of(
          Duration.ofSeconds(10),
          Duration.ofSeconds(20),
          Duration.ofSeconds(30),
          Duration.ofMinutes(5),
          Duration.ofMinutes(20),
          Duration.ofHours(2),
          Duration.ofHours(4),
          Duration.ofHours(6));

  private static final class Delivery {
    final List<ChangeEvent> events;
    final List<String> ids;
    int attempts;
    Instant due;

    Delivery(List<ChangeEvent> events, List<String> ids, Instant due) {
      this.events = events;
      this.ids = ids;
      this.due = due;
    }
  }

  private final Clock clock;
  private final QuickBooksOptions options;
  private final String realmId;
  private final String verifierToken;
  private final Random random;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final List<Delivery> queue = new ArrayList<>();
  private final Object sending = new Object();
  private final ScheduledExecutorService background;
  private volatile URI target;

  public Webhooks(
      Clock clock, QuickBooksOptions options, String realmId, String verifierToken, long seed) {
    this.clock = clock;
    this.options = options;
    this.realmId = realmId;
    this.verifierToken = verifierToken;
    this.random = new Random(seed);
    this.background =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "qbo-sim-webhooks");
              t.setDaemon(true);
              return t;
            });
    background.scheduleWithFixedDelay(this::autoDeliver, 50, 50, TimeUnit.MILLISECONDS);
  }

  public void target(URI url) {
    target = url;
  }

  /** Queues one change (or drops it, per {@code webhookDropRate}); no target means no webhooks. */
  public synchronized void onChange(ChangeEvent event) {
    if (target == null || random.nextDouble() < options.webhookDropRate()) {
      return;
    }
    Instant due = clock.instant().plus(options.webhookDelay());
    Delivery last = queue.isEmpty() ? null : queue.get(queue.size() - 1);
    if (last != null
        && last.attempts == 0
        && last.due.equals(due)
        && last.events.size() < MAX_EVENTS) {
      last.events.add(event);
      last.ids.add(uuid());
    } else {
      queue.add(
          new Delivery(new ArrayList<>(List.of(event)), new ArrayList<>(List.of(uuid())), due));
    }
  }

  /** Sends every due delivery now; returns how many were acknowledged with a 2xx. */
  public int deliverDue() {
    synchronized (sending) {
      List<Delivery> due = takeDue();
      int acknowledged = 0;
      for (Delivery delivery : due) {
        boolean ok = send(delivery);
        if (options.webhookDuplicate()) {
          ok = send(delivery) || ok;
        }
        if (ok) {
          acknowledged++;
        } else {
          reschedule(delivery);
        }
      }
      return acknowledged;
    }
  }

  /** Base64 HMAC-SHA256 of the raw body with the verifier token: the {@code intuit-signature}. */
  public static String sign(byte[] body, String verifierToken) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(verifierToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    background.shutdownNow();
  }

  private synchronized List<Delivery> takeDue() {
    Instant now = clock.instant();
    List<Delivery> due = new ArrayList<>();
    queue.removeIf(d -> !d.due.isAfter(now) && due.add(d));
    if (options.webhookReorder()) {
      Collections.reverse(due);
      due.forEach(
          d -> {
            Collections.reverse(d.events);
            Collections.reverse(d.ids);
          });
    }
    return due;
  }

  private synchronized void reschedule(Delivery delivery) {
    Duration wait = RETRIES.get(Math.min(delivery.attempts, RETRIES.size() - 1));
    delivery.attempts++;
    delivery.due = clock.instant().plus(wait);
    queue.add(delivery);
  }

  private boolean send(Delivery delivery) {
    URI url = target;
    if (url == null) {
      return false;
    }
    byte[] body =
        options.legacyWebhooks()
            ? WebhookEvent.legacy(delivery.events, realmId)
            : WebhookEvent.cloudEvents(delivery.events, realmId, delivery.ids);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(3))
            .header("Content-Type", "application/json")
            .header("intuit-signature", sign(body, verifierToken))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status / 100 == 2;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void autoDeliver() {
    if (options.webhookAutoDeliver() && target != null) {
      deliverDue();
    }
  }

  private String uuid() {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }
}
