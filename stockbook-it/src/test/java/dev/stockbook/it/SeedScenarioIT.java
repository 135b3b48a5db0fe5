package dev.stockbook.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.app.cli.Main;
import dev.stockbook.app.config.ConfigWriter;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.sim.woocommerce.Shopper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product story, each cycle a real {@code stockbook sync --config FILE --once} (config file,
 * SQLite file, both simulators over HTTP), every number read back over HTTP from both sides.
 */
class SeedScenarioIT {
  @TempDir Path dir;
  private DemoWorld world;
  private Path config;

  @BeforeEach
  void start() throws Exception {
    world = DemoWorld.start(dir.resolve("demo"), 0, 0);
    config = dir.resolve("stockbook.yaml");
    ConfigWriter.write(
        config, "jdbc:sqlite:" + dir.resolve("state/stockbook.db"), world.connection());
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  private void syncOnce(String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "sync";
    args[1] = "--config";
    args[2] = config.toString();
    args[3] = "--once";
    System.arraycopy(extra, 0, args, 4, extra.length);
    assertThat(Main.run(args)).as("exit code of stockbook sync --once").isZero();
  }

  private void assertQuantities(String sku, long quickbooks, long store) {
    assertThat(world.bookkeeper().onHand(sku))
        .as("QuickBooks " + sku)
        .isEqualByComparingTo(BigDecimal.valueOf(quickbooks));
    assertThat(world.storeShows(sku)).as("store " + sku).isEqualTo(store);
  }

  @Test
  void the_story_plays_out_with_every_number_read_back_from_both_sides() {
    try {
      story();
    } catch (RuntimeException | AssertionError e) {
      // what QuickBooks saw, for whoever reads a failed CI log
      world
          .quickbooks()
          .journal()
          .entries()
          .forEach(
              x ->
                  System.out.println(
                      "journal "
                          + x.at()
                          + " "
                          + x.method()
                          + " "
                          + x.path()
                          + "?"
                          + x.query()
                          + " -> "
                          + x.status()));
      throw e;
    }
  }

  private void story() {
    syncOnce();
    assertQuantities("redwine", 20, 20);

    long order = world.woocommerce().shopper().placeOrder(List.of(new Shopper.Line("redwine", 5)));
    String doc = "WEB-" + world.woocommerce().order(order).path("number").asText();
    assertThat(world.storeShows("redwine")).isEqualTo(15);
    syncOnce();
    assertQuantities("redwine", 15, 15);
    assertThat(world.bookkeeper().countDocuments("SalesReceipt", doc)).isEqualTo(1);

    syncOnce();
    syncOnce();
    assertThat(world.bookkeeper().countDocuments("SalesReceipt", doc))
        .as("still one document after two more cycles")
        .isEqualTo(1);
    assertQuantities("redwine", 15, 15);

    world.bookkeeper().refundReceipt("redwine", 2, "12.00");
    syncOnce();
    assertQuantities("redwine", 17, 17);

    world.bookkeeper().creditMemo("redwine", 1, "12.00");
    syncOnce();
    assertQuantities("redwine", 18, 18);

    world.bookkeeper().adjust("redwine", 6);
    syncOnce();
    assertQuantities("redwine", 24, 24);

    assertThat(world.bookkeeper().hasItem("rosewine")).isFalse();
    world.woocommerce().shopper().placeOrder(List.of(new Shopper.Line("rosewine", 2)));
    syncOnce();
    assertThat(world.bookkeeper().hasItem("rosewine")).isTrue();
    assertQuantities("rosewine", 10, 10);

    world.woocommerce().setStock("redwine", 99);
    syncOnce("--full");
    assertQuantities("redwine", 24, 24);
  }

  @Test
  void an_order_is_posted_once_even_when_the_same_cycle_runs_twice() {
    syncOnce();
    long order =
        world.woocommerce().shopper().placeOrder(List.of(new Shopper.Line("whitewine", 3)));
    String doc = "WEB-" + world.woocommerce().order(order).path("number").asText();
    syncOnce();
    syncOnce("--order", String.valueOf(order));
    assertThat(world.bookkeeper().countDocuments("SalesReceipt", doc)).isEqualTo(1);
    assertQuantities("whitewine", 32, 32);
  }
}
