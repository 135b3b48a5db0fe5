package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingState;
import dev.stockbook.sim.common.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every store order is in QuickBooks exactly once whatever QuickBooks does to the write: counted by
 * DocNumber over HTTP after the faults have passed.
 */
class ExactlyOnceIT {
  private static final String CREATE = ".*/salesreceipt";
  private static final String BATCH = ".*/batch";
  @TempDir Path dir;
  OrdersWorld world;

  @BeforeEach
  void start() throws Exception {
    world = OrdersWorld.start(dir);
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void a_create_committed_whose_answer_was_lost_is_found_not_sent_again() {
    long id = world.order("redwine:2");
    world.qb.faults().next("POST", CREATE, Fault.commitThenDrop(), 1);

    world.cycle();
    assertThat(ledger(id)).extracting(Posting::state).containsExactly(PostingState.UNCERTAIN);
    world.cycle();

    assertOnce(id);
    assertThat(creates()).as("creates sent").isEqualTo(1);
    assertThat(ledger(id)).extracting(Posting::state).containsExactly(PostingState.DONE);
  }

  @Test
  void a_batch_committed_whose_answer_was_lost_leaves_each_of_its_orders_once() {
    long first = world.order("redwine:1");
    long second = world.order("TEE-S:1");
    long third = world.order("whitewine:2");
    world.qb.faults().next("POST", BATCH, Fault.commitThenDrop(), 1);

    world.cycle();
    world.cycle();

    for (long id : new long[] {first, second, third}) {
      assertOnce(id);
    }
    assertThat(world.qb.journal().count(e -> e.path().endsWith("/batch"))).isEqualTo(1);
  }

  @Test
  void a_burst_of_429_answers_delays_the_order_and_it_posts_once() {
    long id = world.order("redwine:1");
    world.qb.faults().next("POST", CREATE, Fault.status(429), 3);

    for (int i = 0; i < 4; i++) {
      world.cycle();
    }

    assertOnce(id);
    assertThat(
            world.qb.journal().count(e -> e.path().endsWith("/salesreceipt") && e.status() == 429))
        .isEqualTo(3);
    assertThat(world.governorTime.waited())
        .as("the governor held back after each 429")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void a_503_is_retried_in_a_later_cycle_and_the_order_posts_once() {
    long id = world.order("whitewine:1");
    world.qb.faults().next("POST", CREATE, Fault.status(503), 1);

    var first = world.cycle();
    world.cycle();

    assertThat(first.posted()).isZero();
    assertOnce(id);
  }

  @Test
  void a_timeout_is_looked_up_before_the_order_is_sent_again_and_it_posts_once() {
    long id = world.order("TEE-M:1");
    world.qb.faults().next("POST", CREATE, Fault.timeout(Duration.ofMillis(200)), 1);

    world.cycle();
    assertThat(ledger(id)).extracting(Posting::state).containsExactly(PostingState.UNCERTAIN);
    world.cycle();

    assertOnce(id);
    assertThat(creates()).as("the held request did nothing, so it was sent again").isEqualTo(2);
  }

  @Test
  void a_simulator_that_ignores_requestid_still_gets_each_order_once() {
    world.qb.options().honourRequestId(false);
    long single = world.order("redwine:1");
    world.qb.faults().next("POST", CREATE, Fault.commitThenDrop(), 1);
    world.cycle();
    long a = world.order("redwine:1");
    long b = world.order("whitewine:1");
    world.qb.faults().next("POST", BATCH, Fault.commitThenDrop(), 1);
    world.cycle();

    world.cycle();
    world.cycle();

    for (long id : new long[] {single, a, b}) {
      assertOnce(id);
    }
  }

  @Test
  void a_process_stopped_between_sending_and_recording_is_settled_by_the_next_process()
      throws Exception {
    long id = world.order("redwine:3");
    world.qb.faults().next("POST", CREATE, Fault.commitThenDrop(), 1);
    world.cycle();
    Posting sent = ledger(id).get(0);
    // what a crash leaves on disk: the row written before the request, nothing after it
    world
        .wiring()
        .state()
        .postings()
        .record(sent.key(), PostingState.SENDING, null, null, sent.createdAt());
    world.restart();
    long createsBefore = creates();

    world.cycle();

    assertOnce(id);
    assertThat(creates()).as("no create after the restart").isEqualTo(createsBefore);
    assertThat(ledger(id)).extracting(Posting::state).containsExactly(PostingState.DONE);
    assertThat(world.books.onHand("redwine")).isEqualByComparingTo("17");
  }

  private void assertOnce(long id) {
    assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(id)))
        .as("receipts of order %s", id)
        .isEqualTo(1);
    SameOrder.assertSame(world.books.salesReceipt(id), world.store.order(id), world.books);
  }

  private long creates() {
    return world
        .qb
        .journal()
        .count(e -> e.method().equals("POST") && e.path().endsWith("/salesreceipt"));
  }

  private List<Posting> ledger(long id) {
    return world.wiring().state().postings().forOrder(OrdersWorld.CONNECTION, String.valueOf(id));
  }
}
