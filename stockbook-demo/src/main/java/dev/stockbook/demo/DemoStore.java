package dev.stockbook.demo;

import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.common.Journal;
import dev.stockbook.sim.common.SimClock;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * The store side of the demo: one store simulator, seeded with the demo store (redwine 20,
 * whitewine 35, rosewine 12, TEE-S 5, TEE-M 7), and what the story does in it as a shopper and as
 * the merchant. WooCommerce ({@link WooCommerceDemoStore}) or Shopify ({@link ShopifyDemoStore}).
 */
public interface DemoStore extends AutoCloseable {
  /** The store types the demo can play on, as written after {@code --store}. */
  enum Kind {
    WOOCOMMERCE("WooCommerce"),
    SHOPIFY("Shopify");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** {@code store.type} of a connection to this store. */
    public String type() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Starts this kind of simulator on {@code port} (0 = any free one), seeded. */
    public DemoStore start(int port, SimClock clock) {
      return this == SHOPIFY
          ? ShopifyDemoStore.start(port, clock)
          : WooCommerceDemoStore.start(port, clock);
    }
  }

  Kind kind();

  /** The simulator's origin. */
  URI baseUrl();

  /** The {@code store.*} settings of a connection to this simulator (keys with the prefix). */
  Map<String, String> settings();

  /** A shopper buys {@code quantity} of {@code sku} and pays; returns the store's order id. */
  String placeOrder(String sku, int quantity);

  /** The merchant types {@code quantity} as the SKU's stock in the store's admin. */
  void setStock(String sku, int quantity);

  /** The merchant adds a stock-managed one-variant product. */
  void addProduct(String sku, String title, String price, int stock);

  Journal journal();

  FaultPlan faults();

  /** The URLs and credentials a person needs to talk to the simulator by hand. */
  void printCredentials(PrintWriter out);

  @Override
  void close();
}
