package dev.stockbook.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.demo.ShopifyDemoStore;
import dev.stockbook.demo.WooCommerceDemoStore;
import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.shopify.CostLog;
import dev.stockbook.sim.shopify.ShopifySimulator;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stores of the latency rows: how each is started, stocked, bought from and watched. */
enum LatencyStores {
  /** WooCommerce: reads 200 ms, writes and batches 1 s; order webhooks as soon as they are due. */
  WOOCOMMERCE {
    @Override
    Store start(boolean webhooks) {
      WooCommerceSimulator sim =
          WooCommerceSimulator.builder()
              .webhookLag(Duration.ZERO)
              .backgroundDelivery(webhooks)
              .start();
      return new Store() {
        @Override
        public Map<String, String> settings(String name) {
          Map<String, String> s = new LinkedHashMap<>(WooCommerceDemoStore.settings(sim));
          s.put("store.webhookSecret", "bench-webhook-secret-" + name);
          return s;
        }

        @Override
        public void products(int catalog, long stock) throws Exception {
          wooProducts(sim, catalog, stock);
        }

        @Override
        public String place(List<WebhookLatency.Line> cart) {
          return String.valueOf(
              sim.shopper()
                  .placeOrder(
                      cart.stream()
                          .map(
                              l ->
                                  new dev.stockbook.sim.woocommerce.Shopper.Line(
                                      l.sku(), l.quantity()))
                          .toList()));
        }

        @Override
        public Long stock(String sku) {
          return sim.stock(sku);
        }

        @Override
        public List<Instant> writesCompleted() {
          return sim.journal().entries().stream()
              .filter(
                  e ->
                      !"GET".equals(e.method())
                          && e.path().contains("/products")
                          && e.status() < 300)
              .map(e -> e.at().plusMillis(e.latencyMillis()))
              .sorted()
              .toList();
        }

        @Override
        public void realistic() {
          sim.latency(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(1));
        }

        @Override
        public void close() {
          sim.close();
        }
      };
    }
  },

  /**
   * Shopify: 200 ms per GraphQL request, the Standard plan's bucket; order webhooks sent every 50
   * ms from the simulator's queue (or never, polling only).
   */
  SHOPIFY {
    @Override
    Store start(boolean webhooks) {
      ShopifySimulator sim = ShopifySimulator.builder().promptWebhooks(webhooks).start();
      sim.addLocation(ShopifyDemoStore.LOCATION);
      return new Store() {
        @Override
        public Map<String, String> settings(String name) {
          return ShopifyDemoStore.settings(sim);
        }

        @Override
        public void products(int catalog, long stock) {
          for (int i = 0; i < catalog; i++) {
            sim.addProduct(
                BenchSetup.sku(i),
                BenchSetup.sku(i),
                "10.00",
                ShopifyDemoStore.LOCATION,
                (int) stock);
          }
        }

        @Override
        public String place(List<WebhookLatency.Line> cart) {
          return String.valueOf(
              sim.shopper()
                  .placeOrder(
                      cart.stream()
                          .map(
                              l ->
                                  new dev.stockbook.sim.shopify.Shopper.Line(l.sku(), l.quantity()))
                          .toList()));
        }

        @Override
        public Long stock(String sku) {
          return (long) sim.quantity(sku, "available");
        }

        /** When each inventorySetQuantities was answered (the cost log stamps it after running). */
        @Override
        public List<Instant> writesCompleted() {
          return sim.costLog().entries().stream()
              .filter(e -> e.mutation() && e.fields().contains("inventorySetQuantities"))
              .filter(e -> e.actual() != null)
              .map(CostLog.Entry::at)
              .sorted()
              .toList();
        }

        @Override
        public void realistic() {
          sim.faults()
              .add(
                  new FaultPlan.Rule(
                      "*", "/admin/api/.*", Fault.latency(Duration.ofMillis(200)), 1.0, -1));
        }

        @Override
        public void close() {
          sim.close();
        }
      };
    }
  };

  /** One running store simulator. */
  interface Store extends AutoCloseable {
    /** The connection's {@code store.*} settings. */
    Map<String, String> settings(String name);

    /** {@code BenchSetup.sku(0..catalog-1)}, stock-managed, {@code stock} each. */
    void products(int catalog, long stock) throws Exception;

    /** A paid checkout; the store's order id. */
    String place(List<WebhookLatency.Line> cart);

    /** What the store shows for the SKU. */
    Long stock(String sku);

    /** When each successful stock write completed, in order. */
    List<Instant> writesCompleted();

    /** Realistic latency from now on. */
    void realistic();

    @Override
    void close();
  }

  abstract Store start(boolean webhooks);

  private static void wooProducts(WooCommerceSimulator store, int catalog, long stock)
      throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    HttpClient http = HttpClient.newHttpClient();
    String auth =
        Base64.getEncoder()
            .encodeToString(
                (store.consumerKey() + ":" + store.consumerSecret())
                    .getBytes(StandardCharsets.UTF_8));
    for (int from = 0; from < catalog; from += 100) {
      ObjectNode batch = json.createObjectNode();
      ArrayNode create = batch.putArray("create");
      for (int i = from; i < Math.min(catalog, from + 100); i++) {
        create
            .addObject()
            .put("sku", BenchSetup.sku(i))
            .put("name", "Bench product " + i)
            .put("regular_price", "10.00")
            .put("manage_stock", true)
            .put("stock_quantity", stock);
      }
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(store.baseUrl() + "/wp-json/wc/v3/products/batch"))
                  .header("Authorization", "Basic " + auth)
                  .header("X-Forwarded-Proto", "https")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(batch)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            "creating the bench catalog failed: " + response.statusCode() + " " + response.body());
      }
    }
  }
}
