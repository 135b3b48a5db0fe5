package dev.stockbook.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.shopify.internal.ShopFacts;
import dev.stockbook.sim.shopify.CostLog;
import dev.stockbook.sim.shopify.Shopper;
import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import dev.stockbook.store.StockWriteResult;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreProduct;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a connection asks of Shopify turn after turn, counted by top-level field in the simulator's
 * cost log. The engine builds a new connector every turn from the one installed factory; this does
 * the same with one {@link ShopifyConnectorFactory}.
 */
class ShopifyTurnsIT {
  /** What one read may ask for: QueryBudget.PAGE_BUDGET. */
  static final int BUDGET = 300;

  static final List<String> SKUS = IntStream.range(0, 7).mapToObj(i -> "line-" + i).toList();

  final TestShop shop = new TestShop();
  final ShopifyConnectorFactory factory = new ShopifyConnectorFactory();
  final List<StoreConnector> opened = new ArrayList<>();

  @AfterEach
  void close() {
    opened.forEach(StoreConnector::close);
    shop.close();
  }

  StoreConnector turnConnector(Map<String, String> changes) {
    StoreConnector connector = factory.create(shop.store.with(changes));
    opened.add(connector);
    return connector;
  }

  /** One turn as the engine runs it: changed orders, their SKUs, one stock write. */
  List<StoreOrder> turn() {
    StoreConnector connector = turnConnector(Map.of());
    List<StoreOrder> orders = StoreConnectorPaging.listAll(connector, TestShop.T0);
    List<StoreProduct> products = connector.productsBySku(SKUS);
    StoreProduct first = products.get(0);
    StockWriteResult written =
        connector
            .writeStock(
                List.of(TestShop.from(first, first.stockQuantity(), first.stockQuantity() + 1)))
            .get(0);
    assertThat(written.error()).isNull();
    return orders;
  }

  void placeOrders() {
    SKUS.forEach(sku -> shop.store.createProduct(sku, 1000, "4.00"));
    List<Shopper.Line> seven = SKUS.stream().map(s -> new Shopper.Line(s, 1)).toList();
    for (int i = 0; i < 4; i++) {
      shop.sim.shopper().placeOrder(seven);
    }
    shop.sim.shopper().placeOrder(List.of(new Shopper.Line(SKUS.get(0), 2)));
  }

  List<CostLog.Entry> since(int mark) {
    List<CostLog.Entry> all = shop.sim.costLog().entries();
    return all.subList(mark, all.size());
  }

  static long count(List<CostLog.Entry> entries, String field) {
    return entries.stream().filter(e -> e.fields().contains(field)).count();
  }

  @Test
  void scopes_and_the_location_are_read_once_across_turns_and_every_read_fits_the_budget() {
    placeOrders();
    int mark = shop.sim.costLog().size();

    List<StoreOrder> first = turn();
    shop.clock.advance(Duration.ofSeconds(10));
    List<StoreOrder> second = turn();

    List<CostLog.Entry> asked = since(mark);
    assertThat(count(asked, "currentAppInstallation")).as("scope reads").isEqualTo(1);
    assertThat(count(asked, "locations")).as("location reads").isEqualTo(1);
    assertThat(count(asked, "orders")).as("listing pages, two turns").isEqualTo(4);
    assertThat(asked).noneMatch(CostLog.Entry::throttled);
    assertThat(asked)
        .filteredOn(e -> !e.mutation())
        .allSatisfy(e -> assertThat(e.requested()).as("%s", e.fields()).isLessThan(BUDGET + 1));
    for (List<StoreOrder> orders : List.of(first, second)) {
      assertThat(orders).hasSize(5);
      assertThat(orders)
          .filteredOn(o -> o.lines().size() != 1)
          .hasSize(4)
          .allSatisfy(
              o ->
                  assertThat(o.lines())
                      .extracting(StoreOrder.OrderLine::sku)
                      .as("every line, past the first page of lines")
                      .containsExactlyInAnyOrderElementsOf(SKUS));
    }
  }

  @Test
  void they_are_read_again_once_kept_long_enough() {
    placeOrders();
    int mark = shop.sim.costLog().size();

    turn();
    shop.clock.advance(ShopFacts.KEEP.plusSeconds(1));
    turn();

    List<CostLog.Entry> asked = since(mark);
    assertThat(count(asked, "currentAppInstallation")).isEqualTo(2);
    assertThat(count(asked, "locations")).isEqualTo(2);
  }

  @Test
  void a_write_refused_because_the_location_is_gone_makes_the_next_turn_look_it_up_again() {
    placeOrders();
    int mark = shop.sim.costLog().size();
    turn();
    StoreConnector connector = turnConnector(Map.of());
    StoreProduct product = connector.productsBySku(SKUS).get(0);
    shop.sim.failNextMutation(
        "inventorySetQuantities",
        "INVALID_LOCATION",
        "The specified location could not be found.",
        1);

    StockWriteResult refused =
        connector.writeStock(List.of(TestShop.from(product, product.stockQuantity(), 1))).get(0);
    turn();

    assertThat(refused.error()).contains("INVALID_LOCATION");
    List<CostLog.Entry> asked = since(mark);
    assertThat(count(asked, "locations")).isEqualTo(2);
    assertThat(count(asked, "currentAppInstallation")).as("scopes still hold").isEqualTo(1);
  }

  @Test
  void a_read_of_the_whole_catalogue_waits_for_the_bucket_between_pages_instead_of_failing() {
    for (int i = 0; i < 150; i++) {
      shop.store.createProduct("cat-" + i, 5, "1.00");
    }
    List<Duration> paused = new ArrayList<>();
    ShopifyConnectorFactory waiting =
        new ShopifyConnectorFactory(
            d -> {
              paused.add(d);
              shop.clock.advance(d);
            });
    StoreConnector connector = waiting.create(shop.store.with(Map.of()));
    opened.add(connector);
    connector.productsBySku(List.of("cat-0")); // scopes and location read
    shop.sim.drainCostBucket();
    int mark = shop.sim.costLog().size();

    List<StoreProduct> all = connector.allProducts();

    assertThat(all).hasSize(150);
    List<CostLog.Entry> asked = since(mark);
    assertThat(asked).filteredOn(CostLog.Entry::throttled).hasSize(paused.size()).isNotEmpty();
    assertThat(asked)
        .filteredOn(e -> !e.throttled())
        .allSatisfy(e -> assertThat(e.fields()).containsExactly("productVariants"));
    assertThat(asked).allSatisfy(e -> assertThat(e.requested()).isLessThan(BUDGET + 1));
  }

  @Test
  void a_later_page_of_the_listing_waits_for_the_bucket_and_only_the_first_fails_at_once() {
    placeOrders();
    List<Duration> paused = new ArrayList<>();
    ShopifyConnectorFactory waiting =
        new ShopifyConnectorFactory(
            d -> {
              paused.add(d);
              shop.clock.advance(d);
            });
    StoreConnector connector = waiting.create(shop.store.with(Map.of()));
    opened.add(connector);
    OrderPage first = connector.ordersChangedSince(OrderCursor.since(TestShop.T0));
    shop.sim.drainCostBucket();

    OrderPage second = connector.ordersChangedSince(first.next());

    assertThat(first.more()).isTrue();
    assertThat(first.orders().size() + second.orders().size()).isEqualTo(5);
    assertThat(second.more()).isFalse();
    assertThat(paused).isNotEmpty();
    shop.sim.drainCostBucket();
    int waits = paused.size();
    assertThatThrownBy(() -> connector.ordersChangedSince(OrderCursor.since(TestShop.T0)))
        .isInstanceOf(RetriableStoreException.class)
        .hasMessageContaining("throttled");
    assertThat(paused).as("the first page does not wait").hasSize(waits);
  }

  @Test
  void scopes_that_lack_one_are_read_again_each_turn_so_granting_it_takes_effect_at_once() {
    String lacking =
        shop.sim.issueToken(
            Set.of("read_orders", "read_all_orders", "read_products", "write_inventory"));
    int mark = shop.sim.costLog().size();

    for (int i = 0; i < 2; i++) {
      StoreConnector connector = turnConnector(Map.of("accessToken", lacking));
      assertThatThrownBy(() -> connector.productsBySku(SKUS))
          .isInstanceOf(PermanentStoreException.class)
          .hasMessageContaining("read_locations");
    }

    assertThat(count(since(mark), "currentAppInstallation")).isEqualTo(2);
  }
}
