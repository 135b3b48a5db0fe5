package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QboHttp.Answer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuickBooksLimitsIT {
  private SimClock clock;
  private QuickBooksSimulator sim;
  private QboHttp qbo;

  @BeforeEach
  void start() {
    clock = SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z"));
    sim = QuickBooksSimulator.builder().clock(clock).start();
    qbo = new QboHttp(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void the_501st_request_in_a_minute_is_throttled_with_3001() {
    for (int i = 0; i < 500; i++) {
      assertThat(qbo.get("item/1").status()).as("request %d", i + 1).isNotEqualTo(429);
      clock.advance(Duration.ofMillis(100));
    }

    Answer throttled = qbo.get("item/1");

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.faultCode()).isEqualTo("3001");
    assertThat(throttled.json().path("Fault").path("type").asText()).isEqualTo("SERVICE");
    assertThat(throttled.tid()).isNotBlank();
    clock.advance(Duration.ofSeconds(60));
    assertThat(qbo.get("item/1").status()).isNotEqualTo(429);
  }

  @Test
  void the_11th_request_within_one_second_is_throttled() {
    for (int i = 0; i < 10; i++) {
      assertThat(qbo.get("item/1").status()).isNotEqualTo(429);
    }

    assertThat(qbo.get("item/1").status()).isEqualTo(429);
    clock.advance(Duration.ofSeconds(1));
    assertThat(qbo.get("item/1").status()).isNotEqualTo(429);
  }

  @Test
  void batch_items_count_against_the_per_minute_limit() {
    sim.options().requestsPerSecond(1000).requestsPerMinute(20);
    String items =
        "{\"bId\":\"a\",\"Query\":\"select * from Item\"},".repeat(15).replaceAll(",$", "");

    assertThat(qbo.post("batch", "{\"BatchItemRequest\":[" + items + "]}").status()).isEqualTo(200);
    assertThat(qbo.post("batch", "{\"BatchItemRequest\":[" + items + "]}").status()).isEqualTo(429);
  }

  @Test
  void with_batch_items_unmetered_a_batch_counts_as_one_request() {
    sim.options().requestsPerSecond(1000).requestsPerMinute(20).meterBatchItems(false);
    String items =
        "{\"bId\":\"a\",\"Query\":\"select * from Item\"},".repeat(15).replaceAll(",$", "");

    for (int i = 0; i < 20; i++) {
      assertThat(qbo.post("batch", "{\"BatchItemRequest\":[" + items + "]}").status())
          .as("batch %d", i + 1)
          .isEqualTo(200);
    }
    assertThat(qbo.post("batch", "{\"BatchItemRequest\":[" + items + "]}").status()).isEqualTo(429);
  }

  @Test
  void limits_can_be_switched_off_for_fast_tests() {
    sim.options().disableLimits();

    for (int i = 0; i < 30; i++) {
      assertThat(qbo.get("item/1").status()).isNotEqualTo(429);
    }
  }
}
