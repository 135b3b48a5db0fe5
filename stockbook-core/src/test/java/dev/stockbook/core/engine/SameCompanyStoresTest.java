package dev.stockbook.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.state.InMemoryStateStore;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingKind;
import dev.stockbook.store.StoreOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two stores selling the stock of one QuickBooks company: what one of them sold and QuickBooks has
 * not yet seen is held back from the other too, so the other shows the sale before it is posted
 * (and gets the stock back when the sale goes away unposted), and a sale whose posting is on its
 * way while the other reads QuickBooks is never subtracted twice.
 */
class SameCompanyStoresTest {
  private final SettableClock clock = new SettableClock(Instant.parse("2025-03-01T10:00:00Z"));
  private final InMemoryStateStore state = new InMemoryStateStore();
  private final FakeBooks books = new FakeBooks(clock);
  private final FakeStore shopA = new FakeStore();
  private final FakeStore shopB = new FakeStore();
  private final ConnectionSettings a =
      ConnectionSettings.defaults("shop-a").withSameCompany(Set.of("shop-b"));
  private final ConnectionSettings b =
      ConnectionSettings.defaults("shop-b").withSameCompany(Set.of("shop-a"));

  @BeforeEach
  void bothStoresShowQuickBooks() {
    books.addInventoryItem("A", 10);
    books.addInventoryItem("B", 5);
    for (FakeStore store : new FakeStore[] {shopA, shopB}) {
      store.addProduct("A", 10L);
      store.addProduct("B", 5L);
    }
    cycle(a, shopA);
    cycle(b, shopB);
  }

  private CycleReport cycle(ConnectionSettings settings, FakeStore store) {
    clock.advance(Duration.ofSeconds(5));
    return new SyncEngine(new SyncContext(settings, store, books, state, clock)).runCycle(false);
  }

  private StoreOrder sellInA(String id, String sku, String quantity) {
    StoreOrder order =
        OrderBuilder.order(id).at(clock.instant()).line(sku, quantity, "10.00").build();
    shopA.place(order);
    return order;
  }

  /** shop-a takes the order in but cannot post it yet (QuickBooks throttles). */
  private void takenButNotPosted() {
    books.failNextPost(FakeBooks.Fault.THROTTLE);
    cycle(a, shopA);
    assertThat(state.orders().find("shop-a", "1001").orElseThrow().state())
        .isEqualTo(OrderState.WAITING);
  }

  @Test
  void a_sale_taken_in_one_store_lowers_the_other_before_it_is_posted() {
    sellInA("1001", "A", "3");
    takenButNotPosted();

    cycle(b, shopB);

    assertThat(books.onHand("A")).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("10"));
    assertThat(shopB.stock("A")).as("10 in QuickBooks less the 3 shop-a sold").isEqualTo(7);
    assertThat(shopB.stock("B")).isEqualTo(5);

    cycle(a, shopA); // posts it
    int writes = shopB.writeCalls();
    cycle(b, shopB);

    assertThat(books.onHand("A")).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("7"));
    assertThat(shopB.stock("A")).as("not lowered again once posted").isEqualTo(7);
    assertThat(shopB.writeCalls()).as("nothing left to write").isEqualTo(writes);
  }

  @Test
  void a_sale_cancelled_before_it_was_posted_gives_the_other_store_its_stock_back() {
    StoreOrder order = sellInA("1001", "A", "3");
    takenButNotPosted();
    cycle(b, shopB);
    assertThat(shopB.stock("A")).isEqualTo(7);

    clock.advance(Duration.ofMinutes(1));
    shopA.update(OrderBuilder.from(order).status("cancelled").modifiedAt(clock.instant()).build());
    shopA.adjust("A", 3);
    cycle(a, shopA);
    assertThat(state.orders().find("shop-a", "1001").orElseThrow().state())
        .isEqualTo(OrderState.VOIDED);
    cycle(b, shopB);

    assertThat(shopB.stock("A")).as("QuickBooks never saw the sale").isEqualTo(10);
  }

  @Test
  void a_sale_on_its_way_to_quickbooks_while_the_other_reads_it_is_not_subtracted_twice() {
    sellInA("1001", "A", "3");
    takenButNotPosted();
    // shop-a's next turn has sent the sale and QuickBooks has applied it, but its answer is not
    // recorded yet: the ledger row is SENDING, the order still WAITING
    Posting row = state.postings().forOrder("shop-a", "1001").get(0);
    assertThat(row.kind()).isEqualTo(PostingKind.SALE);
    assertThat(state.postings().begin(row)).as("throttled, so sent again").isTrue();
    books.setOnHand("A", 7);

    cycle(b, shopB);

    assertThat(shopB.stock("A")).as("QuickBooks' 7 already holds the sale").isEqualTo(7);
  }

  @Test
  void a_store_alone_on_its_company_holds_back_only_its_own_sales() {
    ConnectionSettings alone = ConnectionSettings.defaults("shop-b");
    sellInA("1001", "A", "3");
    takenButNotPosted();

    clock.advance(Duration.ofSeconds(5));
    new SyncEngine(new SyncContext(alone, shopB, books, state, clock)).runCycle(false);

    assertThat(shopB.stock("A")).isEqualTo(10);
  }
}
