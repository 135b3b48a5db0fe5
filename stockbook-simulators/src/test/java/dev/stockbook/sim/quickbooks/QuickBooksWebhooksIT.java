package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.sim.common.SimClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuickBooksWebhooksIT {
  private SimClock clock;
  private QuickBooksSimulator sim;
  private WebhookReceiver receiver;
  private QboHttp qbo;

  @BeforeEach
  void start() {
    clock = SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z"));
    sim = QuickBooksSimulator.builder().clock(clock).seed(7).start();
    sim.options().disableLimits().webhookAutoDeliver(false);
    receiver = new WebhookReceiver();
    sim.webhookUrl(receiver.url());
    qbo = new QboHttp(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
    receiver.close();
  }

  /** What a connector does: HMAC-SHA256 over the raw bytes, compared in constant time. */
  private static boolean verify(byte[] body, String signature, String verifierToken)
      throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(verifierToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected = Base64.getEncoder().encode(mac.doFinal(body));
    return signature != null
        && MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void a_change_is_delivered_as_a_signed_cloud_events_array() throws Exception {
    String id =
        qbo.post("customer", "{\"DisplayName\":\"Hooked\"}")
            .json()
            .path("Customer")
            .path("Id")
            .asText();

    assertThat(sim.deliverDueWebhooks()).isEqualTo(1);

    WebhookReceiver.Delivery delivery = receiver.deliveries.get(0);
    assertThat(verify(delivery.body(), delivery.signature(), sim.webhookVerifierToken())).isTrue();
    assertThat(verify(delivery.body(), delivery.signature(), "wrong-token")).isFalse();
    JsonNode event = QboHttp.JSON.readTree(delivery.body()).path(0);
    assertThat(event.path("specversion").asText()).isEqualTo("1.0");
    assertThat(event.path("type").asText()).isEqualTo("qbo.customer.created.v1");
    assertThat(event.path("source").asText()).isEqualTo("intuit." + sim.realmId());
    assertThat(event.path("intuitentityid").asText()).isEqualTo(id);
    assertThat(event.path("intuitaccountid").asText()).isEqualTo(sim.realmId());
    assertThat(event.path("id").asText()).hasSize(36);
  }

  @Test
  void a_failed_delivery_is_retried_on_intuits_schedule_driven_by_the_clock() {
    receiver.status.set(500);
    qbo.post("customer", "{\"DisplayName\":\"Retry Me\"}");
    assertThat(sim.deliverDueWebhooks()).isZero();

    receiver.status.set(200);
    clock.advance(Duration.ofSeconds(9));
    assertThat(sim.deliverDueWebhooks()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(sim.deliverDueWebhooks()).isEqualTo(1);
    assertThat(receiver.deliveries).hasSize(2);
  }

  @Test
  void the_legacy_form_duplicates_and_drops_are_switches() throws Exception {
    sim.options().legacyWebhooks(true).webhookDuplicate(true);
    qbo.post("customer", "{\"DisplayName\":\"Legacy\"}");
    sim.deliverDueWebhooks();

    assertThat(receiver.deliveries).hasSize(2);
    JsonNode entity =
        QboHttp.JSON
            .readTree(receiver.deliveries.get(0).body())
            .path("eventNotifications")
            .path(0)
            .path("dataChangeEvent")
            .path("entities")
            .path(0);
    assertThat(entity.path("name").asText()).isEqualTo("Customer");
    assertThat(entity.path("operation").asText()).isEqualTo("Create");

    sim.options().webhookDropRate(1.0);
    qbo.post("customer", "{\"DisplayName\":\"Dropped\"}");
    assertThat(sim.deliverDueWebhooks()).isZero();
  }

  @Test
  void a_delay_holds_the_delivery_until_the_clock_reaches_it() {
    sim.options().webhookDelay(Duration.ofMinutes(2));
    qbo.post("customer", "{\"DisplayName\":\"Later\"}");

    assertThat(sim.deliverDueWebhooks()).isZero();
    clock.advance(Duration.ofMinutes(2));
    assertThat(sim.deliverDueWebhooks()).isEqualTo(1);
  }
}
