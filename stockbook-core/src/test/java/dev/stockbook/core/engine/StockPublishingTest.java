package dev.stockbook.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.state.StockRecord;
import dev.stockbook.core.state.StockStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StockPublishingTest {
  private final EngineHarness h =
      new EngineHarness().stocked("A", 10).stocked("B", 4).stocked("C", 0);

  private StockRecord record(String sku) {
    return h.state.stock().find(h.settings.name(), sku).orElseThrow();
  }

  @Test
  void the_store_never_shows_more_than_on_hand_minus_pending() {
    h.store.place(h.sale("1001").line("A", "3", "10.00").build());
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);

    h.cycle();
    assertThat(h.store.stock("A")).isEqualTo(7);
    h.books.setOnHand("A", 5);
    h.cycle();
    assertThat(h.store.stock("A")).isEqualTo(2);
    h.cycle();

    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("2"));
    assertThat(h.store.stock("A")).isEqualTo(2);
  }

  @Test
  void the_published_number_is_floored_at_zero() {
    h.store.place(h.sale("1001").line("B", "3", "10.00").build());
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);
    h.cycle();

    h.books.setOnHand("B", 1);
    h.cycle();

    assertThat(h.store.stock("B")).isZero();
    assertThat(record("B").message()).contains("publishing 0");
  }

  @Test
  void the_safety_buffer_is_held_back_from_the_store() {
    h.settings = h.with(30, 2);

    h.cycle();

    assertThat(h.store.stock("A")).isEqualTo(8);
    assertThat(h.store.stock("B")).isEqualTo(2);
    assertThat(h.store.stock("C")).isZero();
  }

  @Test
  void a_sale_placed_while_a_write_was_on_its_way_is_read_back_not_counted_twice() {
    h.cycle();
    // the shopper checked out a second before Stockbook's write of 10 landed: the store took 3,
    // then the write set 10 again, so the store shows 10 with the sale not yet subtracted
    h.store.place(
        OrderBuilder.order("1001")
            .at(record("A").updatedAt().minusSeconds(1))
            .line("A", "3", "10.00")
            .build());
    h.store.setStock("A", 10);
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);

    h.cycle();

    assertThat(h.store.stock("A"))
        .as("QuickBooks 10 minus the 3 not yet posted, read back instead of assumed")
        .isEqualTo(7);
    h.cycle();
    h.cycle();
    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("7"));
    assertThat(h.store.stock("A")).isEqualTo(7);
    assertThat(record("A").status()).isEqualTo(StockStatus.IN_SYNC);
  }

  @Test
  void a_sale_placed_well_after_the_last_write_is_subtracted_without_a_read() {
    h.cycle();
    h.clock.advance(Duration.ofSeconds(30));
    h.store.place(h.sale("1001").line("A", "3", "10.00").build());
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);
    h.books.failNextPost(FakeBooks.Fault.THROTTLE);
    long readsBefore = h.store.skuLookups();

    h.cycle();

    assertThat(h.store.stock("A")).isEqualTo(7);
    assertThat(h.store.skuLookups()).as("the belief was trusted").isEqualTo(readsBefore);
    assertThat(h.store.writeCalls()).isZero();
  }

  @Test
  void an_unchanged_catalog_costs_no_store_writes() {
    h.cycle();
    h.cycle();
    h.cycle();

    assertThat(h.store.writeCalls()).isZero();
  }

  @Test
  void a_sale_posted_to_quickbooks_costs_no_store_write() {
    h.cycle();
    h.store.place(h.sale("1001").line("A", "3", "10.00").build());

    h.cycle();
    h.cycle();

    assertThat(h.books.onHand("A"))
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("7"));
    assertThat(h.store.stock("A")).isEqualTo(7);
    assertThat(h.store.writeCalls()).isZero();
  }

  @Test
  void a_change_in_quickbooks_is_published_on_the_next_cycle_as_a_relative_write() {
    h.cycle();
    h.books.setOnHand("A", 4);

    h.cycle();

    assertThat(h.store.stock("A")).isEqualTo(4);
    assertThat(h.store.writes())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.sku()).isEqualTo("A");
              assertThat(w.delta()).isEqualTo(-6L);
            });
  }

  @Test
  void a_store_edit_is_overwritten_by_the_sweep() {
    h.cycle();
    h.store.setStock("A", 50);

    h.clock.advance(Duration.ofMinutes(1));
    h.engine().runCycle(true);

    assertThat(h.store.stock("A")).isEqualTo(10);
    assertThat(h.store.writes()).extracting(w -> w.sku()).containsExactly("A");
  }

  @Test
  void a_store_edit_is_overwritten_when_the_daily_sweep_is_due() {
    h.cycle();
    h.store.setStock("A", 50);
    h.cycle();
    assertThat(h.store.stock("A")).isEqualTo(50);

    h.clock.advance(Duration.ofDays(1));
    h.cycle();

    assertThat(h.store.stock("A")).isEqualTo(10);
  }

  @Test
  void reconcile_reports_drift_and_fixes_it_only_when_asked() {
    h.cycle();
    h.store.setStock("B", 9);

    List<StockRow> report = h.engine().reconcile(false);
    assertThat(report)
        .filteredOn(r -> r.sku().equals("B"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(StockStatus.DRIFT);
              assertThat(r.shouldShow()).isEqualTo(4L);
              assertThat(r.storeShows()).isEqualTo(9L);
            });
    assertThat(h.store.stock("B")).isEqualTo(9);

    List<StockRow> fixed = h.engine().reconcile(true);

    assertThat(fixed)
        .filteredOn(r -> r.sku().equals("B"))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(StockStatus.FIXED));
    assertThat(h.store.stock("B")).isEqualTo(4);
  }

  @Test
  void an_excluded_sku_that_changes_in_quickbooks_costs_no_store_read_or_write() {
    h.settings = h.excluding(Set.of("A"));
    h.cycle();
    int lookups = h.store.skuLookups();
    h.books.setOnHand("A", 4);
    h.books.setOnHand("B", 3);

    h.cycle();

    assertThat(h.store.skuLookups()).as("SKU lookups").isEqualTo(lookups);
    assertThat(h.store.writes()).extracting(w -> w.sku()).containsExactly("B");
    assertThat(h.store.stock("A")).isEqualTo(10);
  }

  @Test
  void a_refused_write_is_recorded_and_the_other_skus_still_update() {
    h.cycle();
    h.store.refuseWritesFor("B");
    h.books.setOnHand("A", 6);
    h.books.setOnHand("B", 1);

    h.cycle();

    assertThat(h.store.stock("A")).isEqualTo(6);
    assertThat(h.store.stock("B")).isEqualTo(4);
    assertThat(record("B").status()).isEqualTo(StockStatus.ERROR);
    assertThat(record("B").message()).contains("SKU B");
  }
}
