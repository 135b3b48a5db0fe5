package dev.stockbook.it.chaos;

import dev.stockbook.demo.DemoStore;
import dev.stockbook.demo.ShopifyDemoStore;
import dev.stockbook.demo.WooCommerceDemoStore;
import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.shopify.Merchant;
import dev.stockbook.sim.shopify.ShopifySimulator;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.util.List;

/**
 * The store side of a chaos run, whichever store: its simulator (seeded, with its own fault plan),
 * what shoppers do in it, and the paths the fault mix aims at.
 */
interface ChaosStore {
  /** A cart line. */
  record Line(String sku, int quantity) {}

  DemoStore demo();

  /** The SKUs shoppers buy. */
  List<String> skus();

  /** Places a paid order; returns its id. Throws IllegalStateException when the store refuses. */
  long place(List<Line> cart);

  /** The order is cancelled before anything shipped, its units put back. */
  void cancel(long orderId);

  /** One unit of one line is refunded and put back. */
  void refund(long orderId, String sku);

  /** Every request of the store's API (a regular expression of paths). */
  String apiPaths();

  /** The requests that may write (commit-then-drop aims at these). */
  List<String[]> writes();

  static ChaosStore of(DemoStore.Kind kind, long seed) {
    return kind == DemoStore.Kind.SHOPIFY ? new Shopify(seed) : new Woo(seed);
  }

  /** WooCommerce: writes are POST and PUT on products (stock) over REST. */
  final class Woo implements ChaosStore {
    private final WooCommerceSimulator sim;
    private final WooCommerceDemoStore demo;

    Woo(long seed) {
      sim = WooCommerceSimulator.builder().seed(seed).faults(new FaultPlan(seed + 1)).start();
      sim.seedDemoStore();
      demo = new WooCommerceDemoStore(sim);
    }

    @Override
    public DemoStore demo() {
      return demo;
    }

    @Override
    public List<String> skus() {
      return List.of("redwine", "whitewine", "rosewine", "TEE-S", "TEE-M", "giftwrap");
    }

    @Override
    public long place(List<Line> cart) {
      return sim.shopper()
          .placeOrder(
              cart.stream()
                  .map(l -> new dev.stockbook.sim.woocommerce.Shopper.Line(l.sku(), l.quantity()))
                  .toList());
    }

    @Override
    public void cancel(long orderId) {
      sim.shopper().cancel(orderId);
    }

    @Override
    public void refund(long orderId, String sku) {
      sim.shopper().refund(orderId, sku, 1);
    }

    @Override
    public String apiPaths() {
      return "/wp-json/wc/v3/.*";
    }

    @Override
    public List<String[]> writes() {
      return List.of(
          new String[] {"POST", "/wp-json/wc/v3/products.*"},
          new String[] {"PUT", "/wp-json/wc/v3/products.*"});
    }
  }

  /**
   * Shopify: everything is a POST to graphql.json, so a lost answer may follow a read or an
   * inventorySetQuantities; the merchant cancels and refunds in the admin with restock CANCEL.
   */
  final class Shopify implements ChaosStore {
    private final ShopifySimulator sim;
    private final ShopifyDemoStore demo;

    Shopify(long seed) {
      sim = ShopifySimulator.builder().seed(seed).faults(new FaultPlan(seed + 1)).start();
      sim.seedDemoStore();
      demo = new ShopifyDemoStore(sim);
    }

    @Override
    public DemoStore demo() {
      return demo;
    }

    @Override
    public List<String> skus() {
      return List.of("redwine", "whitewine", "rosewine", "TEE-S", "TEE-M");
    }

    @Override
    public long place(List<Line> cart) {
      return sim.shopper()
          .placeOrder(
              cart.stream()
                  .map(l -> new dev.stockbook.sim.shopify.Shopper.Line(l.sku(), l.quantity()))
                  .toList());
    }

    @Override
    public void cancel(long orderId) {
      sim.merchant().cancel(orderId, "CUSTOMER", true);
    }

    @Override
    public void refund(long orderId, String sku) {
      sim.merchant().refund(orderId, sku, 1, Merchant.Restock.CANCEL);
    }

    @Override
    public String apiPaths() {
      return "/admin/api/.*";
    }

    @Override
    public List<String[]> writes() {
      return List.<String[]>of(new String[] {"POST", "/admin/api/[^/]+/graphql.json"});
    }
  }
}
