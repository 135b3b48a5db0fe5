package dev.stockbook.demo;

import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.common.Journal;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.woocommerce.Shopper;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo on the WooCommerce simulator. */
public final class WooCommerceDemoStore implements DemoStore {
  private final WooCommerceSimulator sim;

  public WooCommerceDemoStore(WooCommerceSimulator sim) {
    this.sim = sim;
  }

  static WooCommerceDemoStore start(int port, SimClock clock) {
    WooCommerceSimulator woo = WooCommerceSimulator.builder().port(port).clock(clock).start();
    woo.seedDemoStore();
    return new WooCommerceDemoStore(woo);
  }

  public WooCommerceSimulator sim() {
    return sim;
  }

  @Override
  public Kind kind() {
    return Kind.WOOCOMMERCE;
  }

  @Override
  public URI baseUrl() {
    return sim.baseUrl();
  }

  /** The store keys of a connection to {@code woo}. */
  public static Map<String, String> settings(WooCommerceSimulator woo) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("store.type", "woocommerce");
    c.put("store.url", woo.baseUrl().toString());
    c.put("store.consumerKey", woo.consumerKey());
    c.put("store.consumerSecret", woo.consumerSecret());
    c.put("store.auth", "basic");
    c.put("store.treatAsHttpsHeader", "X-Forwarded-Proto: https");
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
    sim.setStock(sku, quantity);
  }

  /** A product created through the store's REST API, as the merchant would in wp-admin. */
  @Override
  public void addProduct(String sku, String title, String price, int stock) {
    String body =
        "{\"sku\":\""
            + sku
            + "\",\"name\":\""
            + title
            + "\",\"regular_price\":\""
            + price
            + "\",\"manage_stock\":true,\"stock_quantity\":"
            + stock
            + "}";
    HttpResponse<String> response = post("/wp-json/wc/v3/products", body);
    if (response.statusCode() != 201) {
      throw new IllegalStateException(
          "the store refused the new product " + sku + ": " + response.body());
    }
  }

  /**
   * POSTs {@code body} (JSON) to the simulator's REST API as the merchant's API key would; returns
   * the answer whatever its status.
   */
  public HttpResponse<String> post(String path, String body) {
    String auth = sim.consumerKey() + ":" + sim.consumerSecret();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)))
            .header("X-Forwarded-Proto", "https")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("could not reach the store simulator: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
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
    out.println("WooCommerce simulator: " + sim.baseUrl() + "/wp-json/wc/v3");
    out.println(
        "  consumer key "
            + sim.consumerKey()
            + "  consumer secret "
            + sim.consumerSecret()
            + "  (send 'X-Forwarded-Proto: https' with Basic auth, or sign with OAuth 1.0a)");
  }

  @Override
  public void close() {
    sim.close();
  }
}
