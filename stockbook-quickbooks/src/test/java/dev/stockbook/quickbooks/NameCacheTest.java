package dev.stockbook.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.common.SimClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NameCacheTest {
  private final SimClock clock = SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z"));
  private final NameCache cache = new NameCache(clock);

  @Test
  void a_later_turn_sees_what_an_earlier_one_looked_up_for_an_hour() {
    cache.session().put("Account", "Undeposited Funds", "35");
    clock.advance(Duration.ofMinutes(59));
    assertThat(cache.session().get("Account", "Undeposited Funds")).isEqualTo("35");
    assertThat(cache.session().get("PaymentMethod", "Undeposited Funds"))
        .as("names are per entity")
        .isNull();
    clock.advance(Duration.ofMinutes(2));
    assertThat(cache.session().get("Account", "Undeposited Funds"))
        .as("looked up again after an hour")
        .isNull();
  }

  @Test
  void a_refused_reference_empties_the_cache_only_when_the_turn_used_an_earlier_turns_id() {
    NameCache.Session first = cache.session();
    first.put("Customer", "Web Store", "58");
    first.get("Customer", "Web Store");
    assertThat(first.staleReference()).as("looked up in this very turn").isFalse();

    clock.advance(Duration.ofSeconds(1));
    NameCache.Session second = cache.session();
    assertThat(second.get("Customer", "Web Store")).isEqualTo("58");
    assertThat(second.staleReference()).isTrue();
    assertThat(second.staleReference()).as("every refusal of that turn").isTrue();
    assertThat(cache.session().get("Customer", "Web Store")).isNull();
  }
}
