package dev.stockbook.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.state.OrderState;
import org.junit.jupiter.api.Test;

/**
 * What one turn asks of the state store grows with the orders and SKUs it handles, not with their
 * product: a per-document lookup of every waiting order's SKUs made 1,000 orders cost about two
 * million binding lookups and ten times the engine CPU per order in the scale benchmark.
 */
class TurnCostTest {
  @Test
  void binding_lookups_in_a_turn_grow_with_the_skus_not_with_orders_times_skus() {
    EngineHarness h = new EngineHarness();
    int orders = 200;
    for (int i = 0; i < orders; i++) {
      String sku = "SKU-" + i;
      h.stocked(sku, 10);
      h.store.place(h.sale(String.valueOf(1000 + i)).line(sku, "1", "5.00").build());
    }
    h.cycle(); // binds the SKUs
    long before = h.state.bindingFinds();

    for (int i = 0; i < orders; i++) {
      h.store.place(h.sale(String.valueOf(5000 + i)).line("SKU-" + i, "1", "5.00").build());
    }
    h.cycle();

    assertThat(h.stateOf("5000")).isEqualTo(OrderState.POSTED);
    assertThat(h.stateOf(String.valueOf(5000 + orders - 1))).isEqualTo(OrderState.POSTED);
    long finds = h.state.bindingFinds() - before;
    assertThat(finds)
        .as("binding lookups for %d orders of %d SKUs", orders, orders)
        .isLessThanOrEqualTo(5L * orders);
  }
}
