package dev.stockbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreProduct;
import dev.stockbook.store.StoreRefund;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every store connector must do, shown against a real store or a faithful simulator. A
 * connector module extends this once per store it can run against and says how to reach that store
 * ({@link #openStore()}); the cases act in the store as shoppers and merchants do, then check what
 * the connector reports. Cases for one area live in the other {@code *Contract} interfaces this
 * class combines, so a connector runs them all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoreConnectorContract
    implements OrderContract, RefundContract, StockContract, ErrorContract, WebhookContract {
  private StoreUnderTest store;
  private StoreConnector connector;

  /** The store this run talks to; closed after the last case. */
  protected abstract StoreUnderTest openStore();

  @BeforeAll
  void open() {
    store = openStore();
    connector = store.factory().create(store.settings());
  }

  @AfterAll
  void close() throws Exception {
    if (connector != null) {
      connector.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Override
  public StoreUnderTest store() {
    return store;
  }

  @Override
  public StoreConnector connector() {
    return connector;
  }

  @Test
  void products_by_sku_find_simple_products_and_variations_with_their_stock() {
    String simple = store.unique("simple");
    String parent = store.unique("var");
    store.createProduct(simple, 7, "4.00");
    store.createVariable(
        parent,
        List.of(
            new StoreUnderTest.Variation(parent + "-S", 3),
            new StoreUnderTest.Variation(parent + "-M", 4)),
        "9.00");

    Map<String, StoreProduct> found =
        bySku(connector.productsBySku(List.of(simple, parent + "-S", parent + "-M", "nope")));

    assertThat(found).containsOnlyKeys(simple, parent + "-S", parent + "-M");
    assertThat(found.get(simple).stockQuantity()).isEqualTo(7L);
    assertThat(found.get(simple).managesStock()).isTrue();
    assertThat(found.get(simple).isVariation()).isFalse();
    assertThat(found.get(parent + "-S").isVariation()).isTrue();
    assertThat(found.get(parent + "-S").stockQuantity()).isEqualTo(3L);
    assertThat(found.get(parent + "-S").productId())
        .isEqualTo(found.get(parent + "-M").productId());
  }

  @Test
  void the_full_catalogue_lists_variations_and_marks_their_parent_as_a_parent() {
    String parent = store.unique("cat");
    store.createVariable(parent, List.of(new StoreUnderTest.Variation(parent + "-S", 2)), "5.00");

    Map<String, StoreProduct> all = bySku(connector.allProducts());

    assertThat(all).containsKey(parent + "-S");
    assertThat(all.get(parent + "-S").role()).isEqualTo(StoreProduct.Role.ITEM);
    if (all.containsKey(parent)) {
      assertThat(all.get(parent).isParent())
          .as("a parent without stock of its own is a parent, not an unmatched SKU")
          .isTrue();
    }
  }

  static Map<String, StoreProduct> bySku(List<StoreProduct> products) {
    return products.stream().collect(Collectors.toMap(StoreProduct::sku, p -> p, (a, b) -> a));
  }

  /** Every order of the listing from {@code since}, following pages to the end. */
  static List<StoreOrder> listAll(StoreConnector connector, Instant since) {
    List<StoreOrder> all = new ArrayList<>();
    OrderCursor at = OrderCursor.since(since);
    for (int pages = 0; pages < 1000; pages++) {
      OrderPage page = connector.ordersChangedSince(at);
      all.addAll(page.orders());
      if (!page.more()) {
        return all;
      }
      at = page.next();
    }
    throw new AssertionError("the listing did not end after 1000 pages");
  }

  static StoreOrder one(StoreConnector connector, String orderId) {
    List<StoreOrder> found = connector.ordersById(List.of(orderId));
    assertThat(found).as("order " + orderId + " by id").hasSize(1);
    return found.get(0);
  }

  static List<StockWriteResult> write(StoreConnector connector, List<StockWrite> writes) {
    return connector.writeStock(writes);
  }

  static List<String> skus(StoreUnderTest store, String stem, int n) {
    return IntStream.range(0, n).mapToObj(i -> store.unique(stem + i)).toList();
  }

  static void refundedOnce(StoreOrder order, String refundId) {
    assertThat(order.refunds()).extracting(StoreRefund::id).containsOnlyOnce(refundId);
  }

  static void permanent(Runnable call) {
    assertThatThrownBy(call::run).isInstanceOf(PermanentStoreException.class);
  }

  static OrderLifecycle lifecycle(StoreConnector connector, String orderId) {
    return one(connector, orderId).lifecycle();
  }
}
