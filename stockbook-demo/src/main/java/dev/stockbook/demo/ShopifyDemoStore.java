package dev.stockbook.demo;

import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.common.Journal;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.shopify.ShopifySimulator;
import dev.stockbook.sim.shopify.Shopper;
import java.io.PrintWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo on the Shopify simulator: the shopper checks out through the simulator's checkout, the
 * merchant works in its admin ({@link dev.stockbook.sim.shopify.Merchant}); Stockbook talks to it
 * only over the GraphQL Admin API.
 */
public final class ShopifyDemoStore implements DemoStore {
  /** The demo shop's one location, where Stockbook publishes stock. */
  public static final String LOCATION = "Shop location";

  private final ShopifySimulator sim;

  public ShopifyDemoStore(ShopifySimulator sim) {
    this.sim = sim;
  }

  static ShopifyDemoStore start(int port, SimClock clock) {
    ShopifySimulator shop = ShopifySimulator.builder().port(port).clock(clock).start();
    shop.seedDemoStore();
    return new ShopifyDemoStore(shop);
  }

  public ShopifySimulator sim() {
    return sim;
  }

  @Override
  public Kind kind() {
    return Kind.SHOPIFY;
  }

  @Override
  public URI baseUrl() {
    return sim.baseUrl();
  }

  /** The store keys of a connection to {@code shop} (its primary location, the default). */
  public static Map<String, String> settings(ShopifySimulator shop) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("store.type", "shopify");
    c.put("store.shop", shop.baseUrl().toString());
    c.put("store.accessToken", shop.accessToken());
    c.put("store.clientSecret", shop.clientSecret());
    return c;
  }

  @Override
  public Map<String, String> settings() {
    return settings(sim);
  }

  @Override
  public String placeOrder(String sku, int quantity) {
    return String.valueOf(sim.shopper().placeOrder(List.of(new Shopper.Line(sku, quantity))));
  }

  @Override
  public void setStock(String sku, int quantity) {
    sim.merchant().setAvailable(sku, quantity);
  }

  @Override
  public void addProduct(String sku, String title, String price, int stock) {
    sim.addProduct(title, sku, price, LOCATION, stock);
  }

  @Override
  public Journal journal() {
    return sim.journal();
  }

  @Override
  public FaultPlan faults() {
    return sim.faults();
  }

  @Override
  public void printCredentials(PrintWriter out) {
    out.println("Shopify simulator: " + sim.graphqlUrl("2026-10") + "  shop " + sim.shopDomain());
    out.println(
        "  X-Shopify-Access-Token "
            + sim.accessToken()
            + "  client secret (webhook HMAC) "
            + sim.clientSecret());
  }

  @Override
  public void close() {
    sim.close();
  }
}
