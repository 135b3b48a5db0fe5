package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.woocommerce.OrderOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's commands, run in-process against a stockbook.yaml written for the simulators. */
class OperatorToolsIT {
  @TempDir Path dir;
  OrdersWorld world;
  String config;

  @BeforeEach
  void start() throws Exception {
    world = OrdersWorld.start(dir, Map.of("sync.unmatchedSku", "hold"));
    config = world.configFile.toString();
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void status_lists_parked_orders_with_their_reasons_and_retry_posts_one_once_fixed() {
    long parked = world.order("rosewine:2");
    long fine = world.order("redwine:1");
    assertThat(Cli.run("sync", "--once", "--config", config).exit()).isZero();

    Cli status = Cli.run("status", "--config", config);

    assertThat(status.exit()).as(status.out()).isEqualTo(1);
    assertThat(status.out())
        .contains("Connection orders: 1 posted, 1 parked order(s)")
        .doesNotContain("PARKED=")
        .contains(
            "PARKED    order #"
                + parked
                + " (id "
                + parked
                + "): Order #"
                + parked
                + ": SKU rosewine has no QuickBooks item.")
        .doesNotContain("order #" + fine + " ");
    world.books.createNonInventoryItem("rosewine");

    Cli retry = Cli.run("retry", String.valueOf(parked), "--config", config);

    assertThat(retry.exit()).as(retry.out() + retry.err()).isZero();
    assertThat(retry.out()).contains("Order " + parked + " is now posted in QuickBooks.");
    assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(parked))).isEqualTo(1);
    Cli again = Cli.run("retry", String.valueOf(parked), "--config", config);
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("Order " + parked + " is already posted: nothing to retry");
    assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(parked))).isEqualTo(1);
    Cli after = Cli.run("status", "--config", config);
    assertThat(after.exit()).isZero();
    assertThat(after.out()).contains("nothing needs attention");
  }

  @Test
  void retry_of_an_order_stockbook_does_not_know_says_so_and_fails() {
    Cli retry = Cli.run("retry", "999999", "--config", config);

    assertThat(retry.exit()).isEqualTo(1);
    assertThat(retry.err()).contains("No order 999999 is known to Stockbook.");
  }

  @Test
  void sync_order_posts_just_that_order() {
    long wanted = world.order("TEE-S:1");
    long other = world.order("TEE-M:1");

    Cli sync = Cli.run("sync", "--once", "--order", String.valueOf(wanted), "--config", config);

    assertThat(sync.exit()).as(sync.out() + sync.err()).isZero();
    assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(wanted))).isEqualTo(1);
    assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(other))).isZero();
  }

  @Test
  void sync_since_a_date_posts_an_order_older_than_the_cursor_reaches() {
    world.woo.clock().advance(Duration.ofDays(-3));
    long old = world.order(OrderOptions.defaults(), "whitewine:2");
    world.woo.clock().advance(Duration.ofDays(3));
    long recent = world.order("redwine:1");
    assertThat(Cli.run("sync", "--once", "--config", config).exit()).isZero();
    assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(old)))
        .as("beyond the first read's look-back")
        .isZero();

    String fourDaysAgo = LocalDate.now(ZoneOffset.UTC).minusDays(4).toString();
    Cli since = Cli.run("sync", "--since", fourDaysAgo, "--config", config);

    assertThat(since.exit()).as(since.out() + since.err()).isZero();
    assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(old))).isEqualTo(1);
    assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(recent))).isEqualTo(1);
    SameOrder.assertSame(world.books.salesReceipt(old), world.store.order(old), world.books);
  }

  @Test
  void sync_since_something_that_is_not_a_date_is_a_usage_error() {
    Cli since = Cli.run("sync", "--since", "last tuesday", "--config", config);

    assertThat(since.exit()).isEqualTo(2);
    assertThat(since.err()).contains("--since: \"last tuesday\" is not a date");
  }
}
