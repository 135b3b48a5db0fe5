package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.state.OrderState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names a turn looked up in QuickBooks (customer, deposit account) serve the next turns, and an
 * id that went stale in between (the bookkeeper made the customer inactive) costs one more turn,
 * never a parked order or a second posting.
 */
class RememberedNamesIT {
  @TempDir Path dir;

  @Test
  void a_customer_made_inactive_after_it_was_looked_up_delays_the_next_order_by_one_turn()
      throws Exception {
    try (OrdersWorld world = OrdersWorld.start(dir)) {
      long first = world.order("redwine:1");
      assertThat(world.cycle().posted()).isEqualTo(1);
      String customerId =
          world.books.salesReceipt(first).path("CustomerRef").path("value").asText();

      long second = world.order("redwine:2");
      world.qb.journal().clear();
      assertThat(world.cycle().posted()).isEqualTo(1);
      assertThat(world.qb.journal().count(e -> e.path().endsWith("/query") && isNameLookup(e)))
          .as("the second turn looks no customer or account up")
          .isZero();
      assertThat(world.books.salesReceipt(second).path("CustomerRef").path("value").asText())
          .isEqualTo(customerId);

      JsonNode customer = world.books.client().read("Customer", customerId);
      ObjectNode inactive =
          world
              .books
              .client()
              .json()
              .createObjectNode()
              .put("Id", customerId)
              .put("SyncToken", customer.path("SyncToken").asText())
              .put("sparse", true)
              .put("Active", false);
      world.books.client().update("Customer", inactive, "deactivate-" + customerId);

      long third = world.order("redwine:3");
      CycleReport stale = world.cycle();
      assertThat(stale.posted()).as("QuickBooks refused the remembered customer").isZero();
      assertThat(stale.parked()).as("a stale name parks nothing").isZero();
      assertThat(world.wiring().state().orders().find(OrdersWorld.CONNECTION, "" + third))
          .get()
          .extracting(o -> o.state())
          .isEqualTo(OrderState.WAITING);

      CycleReport fresh = world.cycle();
      assertThat(fresh.posted())
          .as(
              "names looked up afresh: %s %s %s",
              fresh.summary(),
              world.wiring().state().orders().find(OrdersWorld.CONNECTION, "" + third),
              world.wiring().state().postings().forOrder(OrdersWorld.CONNECTION, "" + third))
          .isEqualTo(1);
      assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(third))).isEqualTo(1);
      String now = world.books.salesReceipt(third).path("CustomerRef").path("value").asText();
      assertThat(now).isNotEqualTo(customerId);
      assertThat(world.books.client().read("Customer", now).path("Active").asBoolean(true))
          .isTrue();
      assertThat(world.books.onHand("redwine")).isEqualByComparingTo("14");
    }
  }

  private static boolean isNameLookup(dev.stockbook.sim.common.Journal.Entry e) {
    String q = java.net.URLDecoder.decode(e.query(), java.nio.charset.StandardCharsets.UTF_8);
    return q.contains("from Customer") || q.contains("from Account");
  }
}
