package dev.stockbook.it.stock;

import static dev.stockbook.it.stock.StockPublishingIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.common.Journal;
import dev.stockbook.sim.quickbooks.QuickBooksOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What publishing costs, read from the simulators' journals. 1,000 SKUs are seeded on both sides
 * with QuickBooks' throttles off (1,000 creates under the real limits take minutes); the measured
 * cycles run with them on, through the engine's governor with the real limits.
 */
class StockCountingIT {
  private static final int SKUS = 1000;

  @ParameterizedTest(name = "transactionsBumpItems={0}")
  @ValueSource(booleans = {false, true})
  void a_thousand_changed_items_reach_the_store_in_11_store_requests_and_3_quickbooks_reads(boolean bump, @TempDir Path dir)
      throws Exception {
    QuickBooksOptions options = new QuickBooksOptions().transactionsBumpItems(bump).disableLimits();
    System.err.println("T start " + java.time.Instant.now());
    try (StockWorld world = StockWorld.start(dir, options, Map.of())) {
      List<String> skus = IntStream.rangeClosed(1, SKUS).mapToObj(i -> String.format("SKU-%04d", i)).toList();
      world.books().createItems(skus, 10);
      world.admin().createSimpleProducts(skus, 10);
      System.err.println("T seeded " + java.time.Instant.now());
      ok(world.sweep());
      System.err.println("T swept " + java.time.Instant.now());

      clearJournals(world);
      options.enableLimits();
      ok(world.cycle());
      ok(world.sweep());
      assertThat(storeWrites(world)).as("an unchanged catalog costs no store writes").isZero();

      System.err.println("T measured-unchanged " + java.time.Instant.now());
      options.disableLimits();
      for (int bill = 0; bill < 10; bill++) {
        Map<String, Integer> delivery = new LinkedHashMap<>();
        skus.subList(bill * 100, bill * 100 + 100).forEach(sku -> delivery.put(sku, 1 + Math.floorMod(sku.hashCode(), 5)));
        world.books().bill(delivery);
        world.clock.advance(Duration.ofSeconds(1));
      }
      clearJournals(world);
      options.enableLimits();
      System.err.println("T billed " + java.time.Instant.now());
      ok(world.cycle());
      System.err.println("T cycled " + java.time.Instant.now());
      long storeRequests = world.woocommerce.journal().count(e -> e.path().startsWith("/wp-json/"));
      long quantityReads = world.quickbooks.journal().count(e -> e.path().endsWith("/query"));
      long cdc = world.quickbooks.journal().count(e -> e.path().endsWith("/cdc"));
      assertThat(storeRequests).as("store requests (writes: %d)", storeWrites(world)).isLessThanOrEqualTo(11);
      assertThat(quantityReads).as("QuickBooks queries (plus %d CDC)", cdc).isLessThanOrEqualTo(3);

      options.disableLimits();
      Map<String, BigDecimal> books = world.books().allOnHand();
      Map<String, Long> store = world.admin().allStock();
      for (String sku : skus) {
        assertThat(BigDecimal.valueOf(store.get(sku))).as(sku).isEqualByComparingTo(books.get(sku));
        assertThat(books.get(sku)).as(sku + " moved").isGreaterThan(BigDecimal.TEN);
      }
    }
  }

  private static long storeWrites(StockWorld world) {
    return world.woocommerce.journal().count(e -> e.method().equals("POST") && e.path().startsWith("/wp-json/"));
  }

  private static void clearJournals(StockWorld world) {
    Journal.class.cast(world.woocommerce.journal()).clear();
    world.quickbooks.journal().clear();
  }
}
