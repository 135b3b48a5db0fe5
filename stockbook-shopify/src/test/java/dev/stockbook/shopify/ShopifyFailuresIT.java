package dev.stockbook.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.shopify.ShopifySimulator;
import dev.stockbook.sim.shopify.Shopper;
import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import dev.stockbook.store.StoreConnector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failures over HTTP, each classified at the edge with a message naming what failed. */
class ShopifyFailuresIT {
  final TestShop shop = new TestShop();

  @AfterEach
  void close() {
    shop.close();
  }

  @Test
  void a_revoked_token_is_a_permanent_error_naming_the_setting_and_never_the_token() {
    String token = shop.sim.issueToken(ShopifySimulator.ALL_SCOPES);
    StoreConnector connector = shop.connector(Map.of("accessToken", token));
    connector.ordersChangedSince(OrderCursor.since(TestShop.T0));
    shop.sim.revokeToken(token);

    assertThatThrownBy(() -> connector.productsBySku(List.of("x")))
        .isInstanceOf(PermanentStoreException.class)
        .hasMessageContaining("store.accessToken")
        .hasMessageContaining("HTTP 401")
        .hasMessageNotContaining(token);
  }

  @Test
  void a_token_without_some_scopes_names_every_one_it_lacks() {
    String token = shop.sim.issueToken(Set.of("read_orders", "read_all_orders", "read_products"));
    StoreConnector connector = shop.connector(Map.of("accessToken", token));

    assertThatThrownBy(() -> connector.allProducts())
        .isInstanceOf(PermanentStoreException.class)
        .hasMessageContaining("read_inventory, write_inventory, read_locations");
  }

  @Test
  void a_5xx_answer_and_an_unreachable_shop_are_retriable() {
    shop.sim.faults().next("POST", "/admin/api/.*", Fault.status(503), 1);
    StoreConnector down = shop.connector(Map.of("shop", "http://127.0.0.1:9"));

    assertThatThrownBy(() -> shop.connector().allProducts())
        .isInstanceOf(RetriableStoreException.class)
        .hasMessageContaining("HTTP 503");
    assertThatThrownBy(() -> down.allProducts()).isInstanceOf(RetriableStoreException.class);
  }

  @Test
  void a_version_shopify_does_not_serve_is_permanent_naming_the_version_setting() {
    StoreConnector future = shop.connector(Map.of("apiVersion", "2030-01"));

    assertThatThrownBy(() -> future.allProducts())
        .isInstanceOf(PermanentStoreException.class)
        .hasMessageContaining("store.apiVersion");
  }

  @Test
  void a_throttled_query_is_retriable_says_how_long_to_wait_and_passes_once_the_bucket_refills() {
    StoreConnector connector = shop.connector();
    connector.ordersChangedSince(OrderCursor.since(TestShop.T0)); // scopes read, 1 point
    shop.store.createProduct("bulk", 1000, "1.00");
    for (int i = 0; i < 240; i++) {
      shop.sim.shopper().placeOrder(List.of(new Shopper.Line("bulk", 1)));
    }
    SimAdmin admin = new SimAdmin(shop.sim);
    for (int i = 0; i < 8; i++) {
      admin.query("{ orders(first: 240) { nodes { id } } }", Map.of()); // 242 points each
    }

    assertThatThrownBy(() -> connector.ordersChangedSince(OrderCursor.since(TestShop.T0)))
        .isInstanceOf(RetriableStoreException.class)
        .hasMessageContaining("throttled")
        .hasMessageMatching("(?s).*try again in [1-9]\\d* s.*");
    shop.clock.advance(Duration.ofSeconds(10));
    assertThat(connector.ordersChangedSince(OrderCursor.since(TestShop.T0)).orders()).isNotEmpty();
  }

  @Test
  void pages_of_250_are_cut_to_what_one_query_may_cost() {
    StoreConnector big = shop.connector(Map.of("pageSize", "250"));
    shop.store.createProduct("many", 1000, "1.00");
    for (int i = 0; i < 30; i++) {
      shop.store.createProduct("sku" + i, 1, "1.00");
      shop.sim.shopper().placeOrder(List.of(new Shopper.Line("many", 1)));
    }
    shop.sim.plan(dev.stockbook.sim.shopify.Plan.PLUS);

    List<String> skus = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "sku" + i).toList();
    assertThat(big.productsBySku(skus)).hasSize(30);
    assertThat(big.allProducts()).hasSize(31);
    assertThat(StoreConnectorPaging.listAll(big, TestShop.T0)).hasSize(30);
  }
}
