package dev.stockbook.it.stock;

import static dev.stockbook.it.stock.StockPublishingIT.expect;
import static dev.stockbook.it.stock.StockPublishingIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.app.cli.Main;
import dev.stockbook.app.config.ConfigWriter;
import dev.stockbook.core.state.StockStatus;
import dev.stockbook.sim.woocommerce.Shopper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's own numbers: an item Stockbook creates starts from the store's quantity; a quantity
 * typed into the store never flows to QuickBooks, the sweep restores QuickBooks' number and the
 * record says so; {@code stockbook reconcile} shows a drift and fixes it.
 */
class StoreSideIT {

  @Test
  void
      an_item_stockbook_creates_starts_from_the_store_quantity_so_the_first_push_does_not_zero_the_store(
          @TempDir Path dir) throws Exception {
    try (StockWorld world = StockWorld.start(dir, false)) {
      ok(world.cycle());
      assertThat(world.books().bookkeeper().hasItem("rosewine")).isFalse();
      world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("rosewine", 2)));
      ok(world.cycle());
      expect(world, Map.of("rosewine", 10L));
      assertThat(
              world
                  .woocommerce
                  .journal()
                  .count(e -> e.method().equals("POST") && e.path().endsWith("/batch")))
          .as("nothing needed writing: the store already showed 12 - 2")
          .isZero();
    }
  }

  @Test
  void a_quantity_typed_into_the_store_does_not_reach_quickbooks_and_the_sweep_restores_it_visibly(
      @TempDir Path dir) throws Exception {
    try (StockWorld world = StockWorld.start(dir, false)) {
      ok(world.cycle());
      world.woocommerce.setStock("redwine", 99);
      ok(world.cycle());
      assertThat(world.onHand("redwine")).as("QuickBooks is the master").isEqualByComparingTo("20");
      ok(world.sweep());
      expect(world, Map.of("redwine", 20L));
      assertThat(world.record("redwine").status()).isEqualTo(StockStatus.FIXED);
      assertThat(world.record("redwine").message())
          .contains("showed 99")
          .contains("should show 20");
    }
  }

  @Test
  void reconcile_shows_a_drift_with_exit_1_and_fix_repairs_it(@TempDir Path dir) throws Exception {
    try (StockWorld world = StockWorld.start(dir, false)) {
      ok(world.cycle());
      Path config = dir.resolve("stockbook.yaml");
      ConfigWriter.write(config, world.config().databaseUrl(), world.connection());
      world.woocommerce.setStock("whitewine", 50);

      Run shown = run("reconcile", "--config", config.toString(), "--json");
      assertThat(shown.exit()).isEqualTo(1);
      assertThat(shown.out())
          .contains("\"sku\":\"whitewine\"")
          .contains("\"storeShows\":50")
          .contains("\"status\":\"drift\"");
      assertThat(world.storeShows("whitewine"))
          .as("without --fix nothing is written")
          .isEqualTo(50L);

      Run table = run("reconcile", "--config", config.toString());
      assertThat(table.exit()).isEqualTo(1);
      assertThat(table.out()).containsPattern("whitewine\\s+35\\s+0\\s+35\\s+50\\s+drift");

      assertThat(run("reconcile", "--config", config.toString(), "--fix").exit()).isZero();
      expect(world, Map.of("whitewine", 35L));
      Run after = run("reconcile", "--config", config.toString(), "--json");
      assertThat(after.exit()).isZero();
      assertThat(after.out()).doesNotContain("\"status\":\"drift\"");
    }
  }

  private record Run(int exit, String out) {}

  private static synchronized Run run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int exit = Main.run(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }
}
