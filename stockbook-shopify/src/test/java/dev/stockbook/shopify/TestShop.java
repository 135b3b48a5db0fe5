package dev.stockbook.shopify;

import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.shopify.Plan;
import dev.stockbook.sim.shopify.ShopifySimulator;
import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreProduct;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Shopify simulator on a stopped clock (Standard plan: its bucket refills only when a test
 * moves the clock), the connectors a test opens on it, closed together.
 */
final class TestShop implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

  final SimClock clock = SimClock.fixed(T0);
  final ShopifySimulatorStore store = new ShopifySimulatorStore(clock, Plan.STANDARD);
  final ShopifySimulator sim = store.sim();
  private final List<StoreConnector> opened = new ArrayList<>();

  StoreConnector connector() {
    return connector(Map.of());
  }

  /** A connector with these settings changed (keys without the store. prefix). */
  StoreConnector connector(Map<String, String> changes) {
    StoreConnector connector = store.factory().create(store.with(changes));
    opened.add(connector);
    return connector;
  }

  StoreProduct product(StoreConnector connector, String sku) {
    return connector.productsBySku(List.of(sku)).stream()
        .filter(p -> p.sku().equals(sku))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no product " + sku));
  }

  /** A write of {@code quantity} from what the engine believes the store shows. */
  static StockWrite from(StoreProduct product, long believed, long quantity) {
    return new StockWrite(product.address(), product.sku(), quantity, believed);
  }

  @Override
  public void close() {
    opened.forEach(StoreConnector::close);
    store.close();
  }
}
