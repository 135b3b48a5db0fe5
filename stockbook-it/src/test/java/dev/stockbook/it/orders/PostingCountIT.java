package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.sim.common.Journal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What posting costs in QuickBooks requests, read from the simulator's journal: documents go in
 * batches of 30, and the lookups do not grow with the number of orders.
 */
class PostingCountIT {
  private static final List<String> SKUS = List.of("redwine", "whitewine", "TEE-S", "TEE-M");
  private static final Predicate<Journal.Entry> WRITE =
      e -> e.method().equals("POST") && !e.path().endsWith("/query");
  private static final Predicate<Journal.Entry> LOOKUP = WRITE.negate();
  @TempDir Path dir;

  @Test
  void three_hundred_orders_take_ten_batches_and_as_many_lookups_as_thirty() throws Exception {
    Cost thirty = post(dir.resolve("thirty"), 30);
    Cost threeHundred = post(dir.resolve("three-hundred"), 300);

    assertThat(threeHundred.batches()).isEqualTo(10);
    assertThat(threeHundred.writes())
        .as("QuickBooks write requests for 300 orders")
        .isLessThanOrEqualTo(11);
    assertThat(threeHundred.lookups())
        .as("lookups for 300 orders vs 30")
        .isLessThanOrEqualTo(thirty.lookups());
    assertThat(thirty.writes()).isLessThanOrEqualTo(2);
  }

  private record Cost(long writes, long batches, long lookups) {}

  private Cost post(Path at, int orders) throws Exception {
    try (OrdersWorld world = OrdersWorld.start(at)) {
      SKUS.forEach(sku -> world.woo.setStock(sku, 10_000));
      long last = 0;
      for (int i = 0; i < orders; i++) {
        last =
            world.order(
                SKUS.get(i % SKUS.size()) + ":" + (1 + i % 3),
                SKUS.get((i + 1) % SKUS.size()) + ":1");
      }
      world.qb.journal().clear();

      CycleReport report = world.cycle();

      assertThat(report.errors()).isEmpty();
      assertThat(report.posted()).isEqualTo(orders);
      Journal journal = world.qb.journal();
      Cost cost =
          new Cost(
              journal.count(WRITE),
              journal.count(e -> e.path().endsWith("/batch")),
              journal.count(LOOKUP));
      SameOrder.assertSame(world.books.salesReceipt(last), world.store.order(last), world.books);
      return cost;
    }
  }
}
