package dev.stockbook.sim.quickbooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QuickBooksOptions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CdcTest {
  private final SimClock clock = SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z"));
  private final CompanyTime time = new CompanyTime(clock);
  private final EntityStore store = new EntityStore(time, new QuickBooksOptions(), e -> {});
  private final Cdc cdc = new Cdc(store, time);

  @Test
  void at_most_1000_objects_come_back_across_all_requested_entities() {
    for (int i = 0; i < 700; i++) {
      store.create(EntityKind.CUSTOMER, Json.object().put("DisplayName", "c" + i));
      store.create(EntityKind.VENDOR, Json.object().put("DisplayName", "v" + i));
    }

    ObjectNode result = cdc.run("Customer,Vendor", "2026-03-01");

    assertThat(result.at("/QueryResponse/0/Customer").size()).isEqualTo(700);
    assertThat(result.at("/QueryResponse/1/Vendor").size()).isEqualTo(300);
  }

  @Test
  void only_changes_at_or_after_changed_since_are_returned() {
    store.create(EntityKind.CUSTOMER, Json.object().put("DisplayName", "old"));
    clock.advance(Duration.ofMinutes(5));
    store.create(EntityKind.CUSTOMER, Json.object().put("DisplayName", "new"));

    ObjectNode result = cdc.run("Customer", "2026-03-01T04:01:00-08:00");

    assertThat(result.at("/QueryResponse/0/Customer").findValuesAsText("DisplayName"))
        .containsExactly("new");
  }

  @Test
  void a_window_older_than_30_days_and_tax_codes_are_refused() {
    assertThatThrownBy(() -> cdc.run("Customer", "2026-01-15")).isInstanceOf(QboFault.class);
    assertThatThrownBy(() -> cdc.run("TaxCode", "2026-02-27")).isInstanceOf(QboFault.class);
  }
}
