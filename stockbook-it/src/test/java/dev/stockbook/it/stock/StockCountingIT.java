package dev.stockbook.it.stock;

import static dev.stockbook.it.stock.StockPublishingIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.state.StockStatus;
import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.quickbooks.QuickBooksOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
  void a_thousand_changed_items_reach_the_store_in_11_store_requests_and_2_quickbooks_reads(
      boolean bump, @TempDir Path tmp) throws Exception {
    QuickBooksOptions options = new QuickBooksOptions().transactionsBumpItems(bump).disableLimits();
    Path dir = memoryBacked(tmp);
    try (StockWorld world = StockWorld.start(dir, options, Map.of())) {
      List<String> skus =
          IntStream.rangeClosed(1, SKUS).mapToObj(i -> String.format("SKU-%04d", i)).toList();
      world.books().createItems(skus, 10);
      world.admin().createSimpleProducts(skus, 10);
      // the catalog was set up a while ago: what is measured is the bills, not the item import
      // (which, when it falls within the change feed's overlap, costs an extra paged query)
      world.clock.advance(Duration.ofMinutes(2));
      ok(world.sweep());

      clearJournals(world);
      options.enableLimits();
      ok(world.cycle());
      ok(world.sweep());
      assertThat(storeWrites(world)).as("an unchanged catalog costs no store writes").isZero();

      options.disableLimits();
      for (int bill = 0; bill < 10; bill++) {
        Map<String, Integer> delivery = new LinkedHashMap<>();
        skus.subList(bill * 100, bill * 100 + 100)
            .forEach(sku -> delivery.put(sku, 1 + Math.floorMod(sku.hashCode(), 5)));
        world.books().bill(delivery);
        world.clock.advance(Duration.ofSeconds(1));
      }
      clearJournals(world);
      options.enableLimits();
      ok(world.cycle());
      long storeRequests = world.woocommerce.journal().count(e -> e.path().startsWith("/wp-json/"));
      long quantityReads = world.quickbooks.journal().count(e -> e.path().endsWith("/query"));
      long cdc = world.quickbooks.journal().count(e -> e.path().endsWith("/cdc"));
      assertThat(storeRequests).as("store requests (writes: %d)", storeWrites(world)).isEqualTo(11);
      assertThat(quantityReads).as("QuickBooks queries (plus %d CDC)", cdc).isEqualTo(2);

      options.disableLimits();
      Map<String, BigDecimal> books = world.books().allOnHand();
      Map<String, Long> store = world.admin().allStock();
      for (String sku : skus) {
        assertThat(BigDecimal.valueOf(store.get(sku))).as(sku).isEqualByComparingTo(books.get(sku));
        assertThat(books.get(sku)).as(sku + " moved").isGreaterThan(BigDecimal.TEN);
      }
    } finally {
      deleteTree(dir);
    }
  }

  @Test
  void
      after_a_thousand_lost_answers_the_store_quantities_are_read_back_in_10_requests_and_nothing_is_written_twice(
          @TempDir Path tmp) throws Exception {
    Path dir = memoryBacked(tmp);
    try (StockWorld world =
        StockWorld.start(dir, new QuickBooksOptions().disableLimits(), Map.of())) {
      List<String> skus =
          IntStream.rangeClosed(1, SKUS).mapToObj(i -> String.format("SKU-%04d", i)).toList();
      world.books().createItems(skus, 10);
      world.admin().createSimpleProducts(skus, 10);
      ok(world.sweep());
      Map<String, Integer> delivery = new LinkedHashMap<>();
      skus.forEach(sku -> delivery.put(sku, 1 + Math.floorMod(sku.hashCode(), 5)));
      world.books().bill(delivery);
      world
          .woocommerce
          .faults()
          .next("POST", "/wp-json/wc/v3/products/batch", Fault.commitThenDrop(), SKUS / 100);
      world.cycle();
      assertThat(world.record("SKU-0001").storeQuantity())
          .as("a lost answer forgets what the store shows")
          .isNull();

      clearJournals(world);
      world.clock.advance(Duration.ofMinutes(2));
      ok(world.cycle());

      // Every lookup counted. A lookup asked again with the very same query is the connector's
      // retry of a read that timed out (on a loaded machine), not a lookup of its own.
      List<String> lookups =
          world.woocommerce.journal().entries().stream()
              .filter(
                  e -> e.method().equals("GET") && e.path().startsWith("/wp-json/wc/v3/products"))
              .map(e -> e.query())
              .toList();
      assertThat(lookups.stream().distinct().count())
          .as("SKU lookups of a full page each (%d requests in all)", lookups.size())
          .isEqualTo(SKUS / 100L);
      assertThat(storeWrites(world)).as("the store already shows every number").isZero();
      Map<String, BigDecimal> books = world.books().allOnHand();
      Map<String, Long> store = world.admin().allStock();
      for (String sku : skus) {
        assertThat(BigDecimal.valueOf(store.get(sku))).as(sku).isEqualByComparingTo(books.get(sku));
        assertThat(world.record(sku).status()).as(sku).isEqualTo(StockStatus.IN_SYNC);
      }
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * The state database goes to tmpfs when there is one: this test counts requests, and 2,000
   * fsync'd SQLite commits (bindings and records of the first sweep) would only make it slow.
   */
  private static Path memoryBacked(Path fallback) throws IOException {
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm)
        ? Files.createTempDirectory(shm, "stockbook-it-")
        : fallback;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static long storeWrites(StockWorld world) {
    return world
        .woocommerce
        .journal()
        .count(e -> e.method().equals("POST") && e.path().startsWith("/wp-json/"));
  }

  private static void clearJournals(StockWorld world) {
    world.woocommerce.journal().clear();
    world.quickbooks.journal().clear();
  }
}
