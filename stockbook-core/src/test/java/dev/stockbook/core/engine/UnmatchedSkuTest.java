package dev.stockbook.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.engine.ConnectionSettings.UnmatchedSku;
import dev.stockbook.core.state.OrderState;
import org.junit.jupiter.api.Test;

class UnmatchedSkuTest {
  private final EngineHarness h = new EngineHarness().stocked("A", 10);

  @Test
  void an_unknown_sku_is_held_with_a_clear_message_when_the_policy_is_hold() {
    h.settings = h.settings.withUnmatched(new UnmatchedSku(UnmatchedSku.Policy.HOLD, null));
    h.store.addProduct("NEW", 5L);
    h.store.place(h.sale("1001").line("NEW", "1", "10.00").build());
    h.store.place(h.sale("1002").line("A", "1", "10.00").build());

    h.cycle();

    assertThat(h.stateOf("1001")).isEqualTo(OrderState.PARKED);
    assertThat(h.order("1001").reason())
        .contains("Order #1001")
        .contains("SKU NEW has no QuickBooks item");
    assertThat(h.stateOf("1002")).isEqualTo(OrderState.POSTED);
    assertThat(h.books.item("NEW")).isEmpty();
  }

  @Test
  void a_held_order_posts_once_an_operator_maps_its_sku() {
    h.settings = h.settings.withUnmatched(new UnmatchedSku(UnmatchedSku.Policy.HOLD, null));
    h.store.addProduct("NEW", 5L);
    h.store.place(h.sale("1001").line("NEW", "1", "10.00").build());
    h.cycle();
    String id = h.books.addInventoryItem("Widget (new)", 5);

    h.engine().map("NEW", id);
    h.engine().retry("1001");
    h.cycle();

    assertThat(h.stateOf("1001")).isEqualTo(OrderState.POSTED);
    assertThat(h.books.onHand("Widget (new)"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("4"));
  }

  @Test
  void a_created_item_starts_with_the_store_quantity_plus_pending() {
    h.store.addProduct("NEW", 10L);
    h.store.place(h.sale("1001").line("NEW", "3", "10.00").build());
    h.store.place(h.sale("1002").line("NEW", "2", "10.00").build());
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);

    h.cycle();

    assertThat(h.store.stock("NEW")).isEqualTo(5);
    assertThat(h.books.onHand("NEW"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("10"));
    h.cycle();
    assertThat(h.books.onHand("NEW"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("5"));
    assertThat(h.store.stock("NEW")).isEqualTo(5);
    assertThat(h.store.writes()).noneMatch(w -> w.sku().equals("NEW"));
    assertThat(h.books.createItemCalls()).isEqualTo(1);
  }

  @Test
  void an_item_quickbooks_refuses_to_create_holds_only_the_orders_of_that_sku() {
    h.books.addInventoryItem("OLD", 0);
    h.books.deactivate("OLD");
    h.store.addProduct("OLD", 3L);
    h.store.place(h.sale("1001").line("OLD", "1", "10.00").build());
    h.store.place(h.sale("1002").line("A", "1", "10.00").build());

    CycleReport report = h.cycle();

    assertThat(h.stateOf("1002")).isEqualTo(OrderState.POSTED);
    assertThat(h.stateOf("1001")).isEqualTo(OrderState.PARKED);
    assertThat(h.order("1001").reason()).contains("Order #1001").contains("SKU OLD");
    assertThat(report.posted()).isEqualTo(1);
  }

  @Test
  void a_fallback_item_takes_lines_of_unknown_skus() {
    h.settings =
        h.settings.withUnmatched(new UnmatchedSku(UnmatchedSku.Policy.FALLBACK, "Web sales"));
    h.store.place(h.sale("1001").line("GONE", "1", "10.00").build());

    h.cycle();

    assertThat(h.stateOf("1001")).isEqualTo(OrderState.POSTED);
    assertThat(h.books.item("Web sales")).isPresent();
    assertThat(h.books.item("GONE")).isEmpty();
  }

  @Test
  void a_line_without_sku_is_never_guessed() {
    h.settings =
        h.settings.withUnmatched(new UnmatchedSku(UnmatchedSku.Policy.FALLBACK, "Web sales"));
    h.store.place(h.sale("1001").line("", "Mystery box", "1", "10.00", "10.00").build());

    h.cycle();

    assertThat(h.stateOf("1001")).isEqualTo(OrderState.PARKED);
    assertThat(h.order("1001").reason())
        .contains("Order #1001")
        .contains("Mystery box")
        .contains("no SKU");
    assertThat(h.books.documents()).isEmpty();
  }
}
