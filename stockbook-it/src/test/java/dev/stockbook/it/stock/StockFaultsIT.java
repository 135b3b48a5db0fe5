package dev.stockbook.it.stock;

import static dev.stockbook.it.stock.StockPublishingIT.expect;
import static dev.stockbook.it.stock.StockPublishingIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.state.StockRecord;
import dev.stockbook.core.state.StockStatus;
import dev.stockbook.sim.common.Fault;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes and bad input: a push whose answer is lost converges on the next cycle without sending
 * the change twice; odd quantities, a product that refuses the write and a captcha page are
 * reported per SKU while the rest publish. Between cycles the clock moves past the change feed's
 * overlap, so the next cycle converges because it retries, not because it sees the change again.
 */
class StockFaultsIT {
  private static final String BATCH = "/wp-json/wc/v3/products/batch";
  private static final Duration PAST_OVERLAP = Duration.ofMinutes(2);

  @Test
  void a_push_whose_answer_was_lost_converges_on_the_next_cycle_without_writing_twice(
      @TempDir Path dir) throws Exception {
    try (StockWorld world = StockWorld.start(dir, false)) {
      ok(world.cycle());
      world.books().bill(Map.of("redwine", 6));
      world.woocommerce.faults().next("POST", BATCH, Fault.commitThenDrop(), 1);
      world.cycle();
      assertThat(world.record("redwine").status())
          .as("the lost answer is reported")
          .isEqualTo(StockStatus.ERROR);
      assertThat(world.storeShows("redwine")).as("the store did apply the write").isEqualTo(26L);

      world.woocommerce.journal().clear();
      world.clock.advance(PAST_OVERLAP);
      ok(world.cycle());
      expect(world, Map.of("redwine", 26L));
      assertThat(world.record("redwine").status()).isEqualTo(StockStatus.IN_SYNC);
      assertThat(world.woocommerce.journal().count(e -> e.method().equals("POST")))
          .as("the store already showed 26: nothing is sent again")
          .isZero();
    }
  }

  @Test
  void a_push_that_never_landed_is_retried_on_the_next_cycle(@TempDir Path dir) throws Exception {
    try (StockWorld world = StockWorld.start(dir, false)) {
      ok(world.cycle());
      world.books().bill(Map.of("redwine", 6));
      world.woocommerce.faults().next("POST", BATCH, Fault.status(503), 1);
      world.cycle();
      assertThat(world.storeShows("redwine")).isEqualTo(20L);
      world.clock.advance(PAST_OVERLAP);
      ok(world.cycle());
      expect(world, Map.of("redwine", 26L));
    }
  }

  @Test
  void
      bad_quantities_a_refusing_product_and_a_captcha_page_are_reported_per_sku_while_the_rest_publish(
          @TempDir Path dir) throws Exception {
    try (StockWorld world = StockWorld.start(dir, false)) {
      world.books().createItems(List.of("candle"), 4);
      world.admin().createSimpleProducts(List.of("candle"), 4);
      ok(world.cycle());
      assertThat(world.record("candle").status()).isEqualTo(StockStatus.IN_SYNC);

      world.books().adjust("whitewine", new BigDecimal("1.5"));
      world.books().adjust("redwine", BigDecimal.valueOf(-25));
      world.books().bill(Map.of("TEE-M", 2));
      world.woocommerce.faults().next("POST", BATCH, Fault.htmlPage(200), 1);
      world.cycle();
      assertThat(world.storeShows("TEE-M"))
          .as("the variation endpoint answered normally")
          .isEqualTo(9L);
      for (String sku : List.of("whitewine", "redwine")) {
        StockRecord r = world.record(sku);
        assertThat(r.status()).as(sku).isEqualTo(StockStatus.ERROR);
        assertThat(r.message()).as(sku).contains("SKU " + sku).containsIgnoringCase("non-JSON");
      }

      world.books().bill(Map.of("candle", 3));
      world.admin().deleteProduct("candle");
      world.clock.advance(PAST_OVERLAP);
      world.cycle();
      assertThat(world.onHand("whitewine")).isEqualByComparingTo("36.5");
      assertThat(world.storeShows("whitewine")).as("whole units").isEqualTo(36L);
      assertThat(world.record("whitewine").status()).isEqualTo(StockStatus.IN_SYNC);
      assertThat(world.record("whitewine").message()).contains("fractional").contains("36.5");
      assertThat(world.onHand("redwine")).isEqualByComparingTo("-5");
      assertThat(world.storeShows("redwine")).isZero();
      assertThat(world.record("redwine").message()).contains("below zero");
      assertThat(world.record("candle").status()).isEqualTo(StockStatus.ERROR);
      assertThat(world.record("candle").message()).contains("SKU candle").contains("refused 7");

      world.woocommerce.journal().clear();
      world.clock.advance(PAST_OVERLAP);
      world.cycle();
      assertThat(world.woocommerce.journal().count(e -> e.method().equals("POST")))
          .as("a write the store refused for good is not resent every cycle")
          .isZero();
      assertThat(world.record("candle").status()).isEqualTo(StockStatus.ERROR);
      expect(world, Map.of("TEE-M", 9L));
    }
  }
}
