package dev.stockbook.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.store.StockAddress;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreRefund;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link StateStore} must have. Subclass it once per implementation (the fake,
 * SQLite, PostgreSQL) and return a fresh, empty store from {@link #newStore()}.
 */
public abstract class StateStoreContract {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30Z");
  protected StateStore store;

  protected abstract StateStore newStore();

  @BeforeEach
  void open() {
    store = newStore();
  }

  @AfterEach
  void closeStore() throws Exception {
    store.close();
  }

  public static StoreOrder sampleOrder(String id, String sku, int qty) {
    return new StoreOrder(
        id,
        "10" + id,
        "paid",
        dev.stockbook.store.OrderLifecycle.PAID,
        "USD",
        T0,
        T0.plusSeconds(5),
        true,
        "stripe",
        new StoreOrder.Customer("7", "ana@example.com", "Ana", "Núñez", ""),
        List.of(
            new StoreOrder.OrderLine(
                "1",
                "11",
                null,
                sku,
                "Red Wine \uD83C\uDF77",
                BigDecimal.valueOf(qty),
                new BigDecimal("60.00"),
                new BigDecimal("60.00"),
                new BigDecimal("4.80"))),
        List.of(new StoreOrder.Charge("2", "Flat rate", new BigDecimal("5.00"), BigDecimal.ZERO)),
        List.of(),
        List.of(new StoreOrder.Coupon("3", "spring", new BigDecimal("1.50"))),
        new BigDecimal("4.80"),
        new BigDecimal("69.80"),
        false,
        List.of(
            new StoreRefund(
                "9",
                T0.plusSeconds(60),
                new BigDecimal("12.00"),
                "broken",
                List.of(
                    new StoreRefund.RefundLine(
                        "1",
                        sku,
                        BigDecimal.ONE,
                        new BigDecimal("12.00"),
                        BigDecimal.ZERO,
                        BigDecimal.ONE)))));
  }

  protected static TrackedOrder tracked(String id, OrderState state, Instant seen) {
    return new TrackedOrder(
        "shop",
        id,
        sampleOrder(id, "redwine", 5),
        1,
        "h" + id,
        state,
        null,
        null,
        null,
        null,
        seen,
        null);
  }

  @Test
  void an_order_comes_back_exactly_as_saved() {
    TrackedOrder order =
        tracked("42", OrderState.WAITING, T0)
            .posted(DocumentKind.SALES_RECEIPT, "146", "WEB-1042", T0.plusSeconds(9));
    store.orders().save(order);
    assertThat(store.orders().find("shop", "42")).contains(order);
    assertThat(store.orders().find("other", "42")).isEmpty();
  }

  @Test
  void saving_an_order_again_replaces_it() {
    store.orders().save(tracked("1", OrderState.WAITING, T0));
    store
        .orders()
        .save(
            tracked("1", OrderState.PARKED, T0)
                .withState(OrderState.PARKED, "SKU X has no QuickBooks item"));
    assertThat(store.orders().find("shop", "1").orElseThrow().reason())
        .isEqualTo("SKU X has no QuickBooks item");
    assertThat(store.orders().countByState("shop")).isEqualTo(Map.of(OrderState.PARKED, 1L));
  }

  @Test
  void orders_by_state_come_oldest_first_and_only_for_their_connection() {
    store.orders().save(tracked("2", OrderState.WAITING, T0.plusSeconds(2)));
    store.orders().save(tracked("1", OrderState.PARKED, T0.plusSeconds(1)));
    store.orders().save(tracked("3", OrderState.POSTED, T0));
    assertThat(store.orders().inStates("shop", EnumSet.of(OrderState.WAITING, OrderState.PARKED)))
        .extracting(TrackedOrder::orderId)
        .containsExactly("1", "2");
    assertThat(store.orders().inStates("elsewhere", EnumSet.allOf(OrderState.class))).isEmpty();
  }

  @Test
  void an_order_is_found_by_its_number_or_its_id() {
    store.orders().save(tracked("5", OrderState.WAITING, T0));
    assertThat(store.orders().byNumber("shop", "105")).hasSize(1);
    assertThat(store.orders().byNumber("shop", "5")).hasSize(1);
    assertThat(store.orders().byNumber("shop", "999")).isEmpty();
  }

  @Test
  void a_posting_key_can_be_begun_only_once() {
    Posting p = Posting.sending("sb-1-r1", "shop", "1", PostingKind.SALE, "WEB-1", T0);
    assertThat(store.postings().begin(p)).isTrue();
    assertThat(store.postings().begin(p)).isFalse();
    store.postings().record("sb-1-r1", PostingState.DONE, "77", null, T0.plusSeconds(1));
    assertThat(store.postings().begin(p)).isFalse();
    assertThat(store.postings().find("sb-1-r1").orElseThrow().booksId()).isEqualTo("77");
  }

  @Test
  void a_write_that_was_not_applied_can_be_begun_again_and_counts_the_attempt() {
    Posting p = Posting.sending("k", "shop", "1", PostingKind.SALE, "WEB-1", T0);
    store.postings().begin(p);
    store.postings().record("k", PostingState.NOT_APPLIED, null, "throttled", T0.plusSeconds(1));
    assertThat(store.postings().begin(p)).isTrue();
    Posting again = store.postings().find("k").orElseThrow();
    assertThat(again.state()).isEqualTo(PostingState.SENDING);
    assertThat(again.attempts()).isEqualTo(2);
  }

  @Test
  void sending_and_uncertain_rows_are_unresolved() {
    store.postings().begin(Posting.sending("a", "shop", "1", PostingKind.SALE, "W1", T0));
    store.postings().begin(Posting.sending("b", "shop", "2", PostingKind.SALE, "W2", T0));
    store.postings().begin(Posting.sending("c", "shop", "3", PostingKind.SALE, "W3", T0));
    store.postings().record("b", PostingState.UNCERTAIN, null, "timeout", T0);
    store.postings().record("c", PostingState.DONE, "9", null, T0);
    assertThat(store.postings().unresolved("shop"))
        .extracting(Posting::key)
        .containsExactlyInAnyOrder("a", "b");
    assertThat(store.postings().forOrder("shop", "3"))
        .extracting(Posting::state)
        .containsExactly(PostingState.DONE);
  }

  @Test
  void rows_are_listed_by_state_oldest_first() {
    store
        .postings()
        .begin(
            Posting.sending("late", "shop", "2", PostingKind.REFUND, "W2-R1", T0.plusSeconds(5)));
    store.postings().begin(Posting.sending("early", "shop", "1", PostingKind.SALE, "W1", T0));
    store.postings().record("late", PostingState.NOT_APPLIED, null, "throttled", T0.plusSeconds(6));
    store
        .postings()
        .record("early", PostingState.NOT_APPLIED, null, "throttled", T0.plusSeconds(7));
    assertThat(store.postings().inState("shop", PostingState.NOT_APPLIED))
        .extracting(Posting::key)
        .containsExactly("early", "late");
    assertThat(store.postings().inState("shop", PostingState.DONE)).isEmpty();
  }

  @Test
  void bindings_are_unique_per_connection_and_sku() {
    store
        .bindings()
        .save(
            new Binding(
                "shop",
                "redwine",
                "5",
                StockAddress.single("11", null),
                true,
                Binding.Origin.MATCHED));
    store
        .bindings()
        .save(
            new Binding(
                "shop",
                "redwine",
                "6",
                StockAddress.single("11", null),
                true,
                Binding.Origin.MAPPED));
    store
        .bindings()
        .save(
            new Binding(
                "shop",
                "TEE-S",
                "8",
                StockAddress.single("20", "21"),
                true,
                Binding.Origin.CREATED));
    assertThat(store.bindings().find("shop", "redwine").orElseThrow().booksItemId()).isEqualTo("6");
    assertThat(store.bindings().all("shop")).hasSize(2);
    store.bindings().delete("shop", "redwine");
    assertThat(store.bindings().find("shop", "redwine")).isEmpty();
  }

  @Test
  void bindings_are_found_by_sku_and_by_item_only_for_their_connection() {
    store
        .bindings()
        .save(
            new Binding(
                "shop",
                "redwine",
                "5",
                StockAddress.single("11", null),
                true,
                Binding.Origin.MATCHED));
    store
        .bindings()
        .save(
            new Binding(
                "shop",
                "TEE-S",
                "8",
                StockAddress.single("20", "21"),
                true,
                Binding.Origin.CREATED));
    store
        .bindings()
        .save(
            new Binding(
                "shop",
                "TEE-M",
                "8",
                StockAddress.single("20", "22"),
                true,
                Binding.Origin.MAPPED));
    store
        .bindings()
        .save(
            new Binding(
                "other",
                "redwine",
                "5",
                StockAddress.single("11", null),
                true,
                Binding.Origin.MATCHED));
    assertThat(store.bindings().forSkus("shop", java.util.List.of("redwine", "TEE-S", "absent")))
        .extracting(Binding::sku)
        .containsExactly("TEE-S", "redwine");
    assertThat(store.bindings().forItems("shop", java.util.Set.of("8", "99")))
        .extracting(Binding::sku)
        .containsExactly("TEE-M", "TEE-S");
    assertThat(store.bindings().forSkus("shop", java.util.List.of())).isEmpty();
    java.util.List<String> withNull =
        new java.util.ArrayList<>(java.util.Arrays.asList("redwine", null));
    assertThat(store.bindings().forSkus("shop", withNull))
        .extracting(Binding::sku)
        .containsExactly("redwine");
    java.util.List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      many.add("sku-" + i);
    }
    many.add("redwine");
    assertThat(store.bindings().forSkus("shop", many))
        .extracting(Binding::sku)
        .containsExactly("redwine");
  }

  @Test
  void stock_records_are_found_by_status() {
    store
        .stock()
        .save(new StockRecord("shop", "redwine", 20L, 20L, null, T0, StockStatus.ERROR, "refused"));
    store
        .stock()
        .save(new StockRecord("shop", "whitewine", 20L, 20L, 20L, T0, StockStatus.IN_SYNC, null));
    store
        .stock()
        .save(new StockRecord("shop", "TEE-S", 5L, null, null, T0, StockStatus.WRITING, null));
    store
        .stock()
        .save(new StockRecord("other", "rosewine", 5L, null, null, T0, StockStatus.ERROR, null));
    assertThat(
            store
                .stock()
                .withStatus("shop", java.util.List.of(StockStatus.ERROR, StockStatus.WRITING)))
        .extracting(StockRecord::sku)
        .containsExactly("TEE-S", "redwine");
  }

  @Test
  void stock_records_are_replaced_per_sku() {
    store
        .stock()
        .save(new StockRecord("shop", "redwine", 20L, 20L, 20L, T0, StockStatus.IN_SYNC, null));
    store
        .stock()
        .save(
            new StockRecord(
                "shop", "redwine", 15L, 15L, 15L, T0.plusSeconds(1), StockStatus.IN_SYNC, null));
    assertThat(store.stock().find("shop", "redwine").orElseThrow().publishedQuantity())
        .isEqualTo(15L);
    assertThat(store.stock().all("shop")).hasSize(1);
  }

  @Test
  void a_cursor_moves_only_from_the_version_it_was_read_at() {
    assertThat(store.cursors().compareAndSet("shop", "orders", 0, "a")).isTrue();
    assertThat(store.cursors().compareAndSet("shop", "orders", 0, "b")).isFalse();
    CursorRepository.Cursor c = store.cursors().get("shop", "orders").orElseThrow();
    assertThat(c.value()).isEqualTo("a");
    assertThat(store.cursors().compareAndSet("shop", "orders", c.version(), "b")).isTrue();
    assertThat(store.cursors().get("shop", "orders").orElseThrow().value()).isEqualTo("b");
  }

  @Test
  void recent_runs_come_newest_first() {
    store.runs().save(new CycleRun("shop", T0, T0.plusSeconds(1), 1, 1, 0, 1, 0, "first"));
    store
        .runs()
        .save(
            new CycleRun("shop", T0.plusSeconds(60), T0.plusSeconds(61), 0, 0, 0, 0, 0, "second"));
    assertThat(store.runs().recent("shop", 1))
        .extracting(CycleRun::summary)
        .containsExactly("second");
  }
}
