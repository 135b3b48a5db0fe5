package dev.stockbook.shopify;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.shopify.Merchant;
import dev.stockbook.sim.shopify.Plan;
import dev.stockbook.sim.shopify.ShopifySimulator;
import dev.stockbook.sim.shopify.Shopper;
import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.StoreConnectorFactory;
import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.config.ConfigValues;
import dev.stockbook.testkit.DeliveryCatcher;
import dev.stockbook.testkit.StoreUnderTest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Shopify simulator as a {@link StoreUnderTest}: shoppers and the merchant act through the
 * simulator's own checkout and admin ({@link Shopper}, {@link Merchant}); webhooks are subscribed
 * through its Admin API and caught by a {@link DeliveryCatcher}.
 */
final class ShopifySimulatorStore implements StoreUnderTest {
  static final String LOCATION = "Shop location";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ShopifySimulator sim;
  private final DeliveryCatcher catcher = new DeliveryCatcher();
  private final AtomicInteger names = new AtomicInteger();

  /**
   * @param plan the shop's plan: the contract runs on Shopify Plus, whose bucket outlasts the whole
   *     suite (the contract is about behaviour; ShopifyThrottlingIT is about the bucket)
   */
  ShopifySimulatorStore(SimClock clock, Plan plan) {
    sim = ShopifySimulator.builder().clock(clock).plan(plan).promptWebhooks(false).start();
    sim.addLocation(LOCATION);
    new SimAdmin(sim).subscribe("ORDERS_CREATE", catcher.url("/caught").toString());
  }

  ShopifySimulator sim() {
    return sim;
  }

  @Override
  public StoreConnectorFactory factory() {
    return new ShopifyConnectorFactory();
  }

  @Override
  public StoreSettings settings() {
    return with(Map.of());
  }

  /** The working settings with some keys changed. */
  StoreSettings with(Map<String, String> changes) {
    Map<String, String> values = new HashMap<>();
    values.put("shop", sim.baseUrl().toString());
    values.put("accessToken", sim.accessToken());
    values.put("clientSecret", sim.clientSecret());
    values.putAll(changes);
    return new StoreSettings(
        "contract", ConfigValues.of(values), Duration.ofSeconds(10), sim.clock());
  }

  @Override
  public StoreSettings badCredentials() {
    return with(Map.of("accessToken", "shpat_00000000000000000000000000000000"));
  }

  @Override
  public StoreSettings pagedBy(int pageSize) {
    return with(Map.of("pageSize", String.valueOf(pageSize)));
  }

  @Override
  public String unique(String stem) {
    return stem + "-" + names.incrementAndGet();
  }

  @Override
  public Instant now() {
    return sim.clock().instant();
  }

  @Override
  public void createProduct(String sku, long stock, String price) {
    sim.addProduct(sku, sku, price, LOCATION, (int) stock);
  }

  @Override
  public void createVariable(String parentSku, List<Variation> variations, String price) {
    sim.addProduct(
        parentSku,
        price,
        variations.stream()
            .map(v -> new ShopifySimulator.NewVariant(v.sku(), v.sku(), (int) v.stock()))
            .toList());
  }

  @Override
  public void deleteProduct(String sku) {
    sim.merchant().deleteVariant(sku);
  }

  @Override
  public long stockOf(String sku) {
    return sim.quantity(sku, "available");
  }

  @Override
  public void setStockInAdmin(String sku, long quantity) {
    sim.merchant().setAvailable(sku, (int) quantity);
  }

  @Override
  public String placeOrder(List<Line> lines, boolean paid) {
    List<Shopper.Line> cart =
        lines.stream().map(l -> new Shopper.Line(l.sku(), (int) l.quantity())).toList();
    return String.valueOf(sim.shopper().placeOrder(cart, paid));
  }

  @Override
  public void moveTo(String orderId, OrderLifecycle state) {
    long id = Long.parseLong(orderId);
    switch (state) {
      case PAID -> sim.merchant().markPaid(id);
      case FULFILLED -> sim.merchant().fulfil(id);
      case CANCELLED -> sim.merchant().cancel(id, "CUSTOMER", true);
      default ->
          throw new IllegalArgumentException(
              "the Shopify simulator cannot move an order to " + state);
    }
  }

  /** Restocked units go back as CANCEL when unshipped and as RETURN once shipped. */
  @Override
  public String refund(String orderId, String sku, long quantity, boolean restock) {
    long id = Long.parseLong(orderId);
    if (!restock) {
      return String.valueOf(
          sim.merchant().refund(id, sku, (int) quantity, Merchant.Restock.NO_RESTOCK));
    }
    try {
      return String.valueOf(
          sim.merchant().refund(id, sku, (int) quantity, Merchant.Restock.CANCEL));
    } catch (IllegalStateException shipped) {
      return String.valueOf(
          sim.merchant().refund(id, sku, (int) quantity, Merchant.Restock.RETURN));
    }
  }

  @Override
  public Optional<SignedDelivery> signedOrderDelivery(String orderId) {
    sim.deliverDueWebhooks();
    return catcher.caught().stream()
        .filter(c -> "orders/create".equals(c.header("X-Shopify-Topic")))
        .filter(c -> orderId.equals(idOf(c.body())))
        .findFirst()
        .map(c -> new SignedDelivery(c.headers(), c.body(), sim.clientSecret()));
  }

  private static String idOf(byte[] body) {
    try {
      return JSON.readTree(body).path("id").asText();
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public int stockWriteBatchLimit() {
    return 250;
  }

  @Override
  public void close() {
    catcher.close();
    sim.close();
  }
}
