package dev.stockbook.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.common.Journal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Store requests caused by publishing stock changes. Its own catalog of {@code changes} SKUs is
 * created and bound first (not measured); then one engine cycle runs with no change (the control)
 * and, after QuickBooks inventory adjustments move every one of those SKUs, one cycle with the
 * changes. Each store request of the measured cycle is attributed by method and path: product batch
 * writes and product reads are stock publishing; the rest (order polling...) is the cycle's fixed
 * work, which the control cycle shows without any change.
 */
final class StoreRequestCount {
  private static final Pattern BATCH_WRITE =
      Pattern.compile("/wp-json/wc/v3/products(/\\d+/variations)?/batch");
  private static final Pattern PRODUCT = Pattern.compile("/wp-json/wc/v3/products(/.*)?");

  /** Lines per inventory adjustment. */
  private static final int LINES = 100;

  /** What was counted. */
  record Counted(
      int changes,
      int written,
      long batchWrites,
      long otherWrites,
      long reads,
      Map<String, Long> fixed,
      long controlRequests) {
    long publishing() {
      return batchWrites + otherWrites + reads;
    }

    long fixedTotal() {
      return fixed.values().stream().mapToLong(Long::longValue).sum();
    }

    String breakdown() {
      StringBuilder s = new StringBuilder(of(batchWrites, "batch write"));
      if (otherWrites > 0) {
        s.append(" + ").append(of(otherWrites, "single write"));
      }
      s.append(" + ")
          .append(of(reads, "read"))
          .append(" for ")
          .append(String.format("%,d", written))
          .append(" changes");
      List<String> parts = new ArrayList<>();
      fixed.forEach((what, n) -> parts.add(n + " " + what));
      return s.append("; not counted: the cycle's fixed work (")
          .append(parts.isEmpty() ? "none" : String.join(", ", parts))
          .append("), ")
          .append(of(controlRequests, "request"))
          .append(" in a cycle with no change")
          .toString();
    }

    private static String of(long n, String what) {
      return n + " " + what + (n == 1 ? "" : "s");
    }
  }

  private StoreRequestCount() {}

  static String sku(int i) {
    return String.format("BENCH-CHG-%04d", i);
  }

  /**
   * Creates the SKUs and binds them with a sweep, with no latency and QuickBooks' limits off;
   * {@code realistic} then puts latency and limits back for the measured cycles.
   */
  static Counted measure(
      DemoWorld world, QuickBooksClient client, int changes, Random random, Runnable realistic)
      throws Exception {
    catalog(world, client, changes);
    world.engine().runCycle(true);
    realistic.run();
    int mark = world.woocommerce().journal().entries().size();
    world.engine().runCycle(false);
    long control = since(world, mark).stream().filter(e -> e.path().startsWith("/wp-json")).count();

    world.quickbooks().faults().clear(0);
    world.quickbooks().options().disableLimits();
    adjust(client, changes, random);
    realistic.run();
    mark = world.woocommerce().journal().entries().size();
    CycleReport report = world.engine().runCycle(false);
    long batchWrites = 0;
    long otherWrites = 0;
    long reads = 0;
    Map<String, Long> fixed = new TreeMap<>();
    for (Journal.Entry e : since(world, mark)) {
      if (!e.path().startsWith("/wp-json")) {
        continue;
      }
      boolean product = PRODUCT.matcher(e.path()).matches();
      if (product && "GET".equals(e.method())) {
        reads++;
      } else if (BATCH_WRITE.matcher(e.path()).matches()) {
        batchWrites++;
      } else if (product) {
        otherWrites++;
      } else {
        fixed.merge(
            e.method() + " " + e.path().replace("/wp-json/wc/v3", "").replaceAll("/\\d+", "/{id}"),
            1L,
            Long::sum);
      }
    }
    return new Counted(
        changes, report.stockWritten(), batchWrites, otherWrites, reads, fixed, control);
  }

  private static List<Journal.Entry> since(DemoWorld world, int mark) {
    List<Journal.Entry> all = world.woocommerce().journal().entries();
    return all.subList(Math.min(mark, all.size()), all.size());
  }

  private static void catalog(DemoWorld world, QuickBooksClient client, int size) throws Exception {
    BenchSetup.items(client, StoreRequestCount::sku, size, 1_000);
    BenchSetup.products(
        world, client, StoreRequestCount::sku, "Bench changing product ", size, 1_000);
  }

  /** Moves every SKU of the catalog by 1 to 5, in adjustments of 100 lines. */
  private static void adjust(QuickBooksClient client, int size, Random random) {
    adjust(client, StoreRequestCount::sku, size, random);
  }

  /**
   * Moves items {@code sku(0)} to {@code sku(size - 1)} by 1 to 5 each, 100 lines an adjustment.
   */
  static void adjust(
      QuickBooksClient client,
      java.util.function.IntFunction<String> sku,
      int size,
      Random random) {
    String cogs = BenchSetup.accountId(client, "Cost of Goods Sold");
    Map<String, String> ids = new TreeMap<>();
    client
        .queryAll("select * from Item")
        .forEach(i -> ids.put(i.path("Name").asText(), i.path("Id").asText()));
    for (int from = 0; from < size; from += LINES) {
      ObjectNode body = client.json().createObjectNode();
      body.putObject("AdjustAccountRef").put("value", cogs);
      ArrayNode lines = body.putArray("Line");
      for (int i = from; i < Math.min(size, from + LINES); i++) {
        ObjectNode d =
            lines
                .addObject()
                .put("DetailType", "ItemAdjustmentLineDetail")
                .putObject("ItemAdjustmentLineDetail");
        d.putObject("ItemRef").put("value", ids.get(sku.apply(i)));
        d.put("QtyDiff", 1 + random.nextInt(5));
      }
      client.create("InventoryAdjustment", body, UUID.randomUUID().toString());
    }
  }
}
