package dev.stockbook.demo;

import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.woocommerce.Shopper;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The large catalog of the scale benchmark, seeded straight into both simulators (through their
 * Java APIs, not HTTP: setup is not measured). Items and products are stamped three hours ago, so
 * QuickBooks' change feed does not report them as just changed.
 */
public final class ScaleCatalog {
  /** Units on hand of every SKU on both sides. */
  public static final long QUANTITY = 1_000_000;

  private static final Duration AGO = Duration.ofHours(3);

  private ScaleCatalog() {}

  public static String sku(int i) {
    return String.format("SCALE-%06d", i);
  }

  /**
   * Adds {@code size} SKUs on both sides, then places {@code orders} paid orders of two of them
   * (now), and writes {@code sku, item id, product id} lines to {@code ids} when given.
   */
  public static void seed(
      QuickBooksSimulator qb,
      WooCommerceSimulator woo,
      SimClock clock,
      int size,
      int orders,
      Path ids)
      throws IOException {
    List<String> skus = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      skus.add(sku(i));
    }
    clock.advance(AGO.negated());
    List<String> itemIds;
    List<Long> productIds;
    try {
      itemIds = qb.seedInventoryItems(skus, QUANTITY, BigDecimal.TEN);
      productIds = woo.seedProducts(skus, "10.00", QUANTITY);
    } finally {
      clock.advance(AGO);
    }
    if (ids != null) {
      try (Writer w = Files.newBufferedWriter(ids)) {
        for (int i = 0; i < size; i++) {
          w.write(skus.get(i) + "\t" + itemIds.get(i) + "\t" + productIds.get(i) + "\n");
        }
      }
    }
    Random random = new Random(size);
    for (int n = 0; n < orders; n++) {
      int a = random.nextInt(size);
      int b = (a + 1 + random.nextInt(size - 1)) % size;
      woo.shopper()
          .placeOrder(
              List.of(
                  new Shopper.Line(sku(a), 1 + random.nextInt(2)), new Shopper.Line(sku(b), 1)));
    }
  }
}
