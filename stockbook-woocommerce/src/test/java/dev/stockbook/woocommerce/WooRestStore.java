package dev.stockbook.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.StoreConnectorFactory;
import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.config.ConfigValues;
import dev.stockbook.testkit.DeliveryCatcher;
import dev.stockbook.testkit.StoreUnderTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A WooCommerce store (the simulator or a real WooCommerce) as a {@link StoreUnderTest}: shoppers
 * and the merchant act through the store's own REST API v3, as a checkout plugin and the admin do,
 * never through the connector under test. Webhooks are registered through the same API and caught
 * by a {@link DeliveryCatcher}; {@link Deliveries} says how to make the store send what it queued
 * (the simulator's queue runner, or WP-Cron on a real store).
 */
public final class WooRestStore implements StoreUnderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HTTPS_HEADER = "X-Forwarded-Proto: https";

  /** Makes the store send the webhook deliveries it has queued. */
  public interface Deliveries {
    /** One push of the queue; the store may need several before a delivery arrives. */
    void push();

    /** How long to keep pushing before a missing delivery is a failure. */
    Duration patience();
  }

  private final URI site;
  private final String key;
  private final String secret;
  private final Deliveries deliveries;
  private final Runnable onClose;
  private final HttpClient http = HttpClient.newHttpClient();
  private final DeliveryCatcher catcher = new DeliveryCatcher();
  private final String run;
  private final AtomicInteger names = new AtomicInteger();
  private final Map<String, long[]> ids = new ConcurrentHashMap<>();
  private final String webhookSecret;
  private long webhookId;

  /**
   * @param run a prefix no earlier run on the same store used (a real store keeps its products)
   */
  public WooRestStore(
      URI site, String key, String secret, String run, Deliveries deliveries, Runnable onClose) {
    this.site = site;
    this.key = key;
    this.secret = secret;
    this.run = run;
    this.deliveries = deliveries;
    this.onClose = onClose;
    this.webhookSecret = "contract-" + run;
    ObjectNode hook = JSON.createObjectNode();
    hook.put("name", "contract " + run)
        .put("topic", "order.created")
        .put("status", "active")
        .put("delivery_url", catcher.url("/caught/" + run).toString())
        .put("secret", webhookSecret);
    webhookId = call("POST", "/webhooks", hook).path("id").asLong();
  }

  /**
   * Takes products that exist in the store (a real store's seed) into this run's knowledge by SKU,
   * so the merchant's and the shopper's acts can name them.
   */
  public void adopt(List<String> skus) {
    for (String sku : skus) {
      JsonNode found = call("GET", "/products?sku=" + sku, null);
      if (found.isEmpty()) {
        throw new IllegalStateException("the store has no product with SKU " + sku);
      }
      JsonNode p = found.get(0);
      long parent = p.path("parent_id").asLong();
      ids.put(
          sku,
          parent == 0
              ? new long[] {p.path("id").asLong(), 0}
              : new long[] {parent, p.path("id").asLong()});
    }
  }

  /** The {@code store.*} keys of a connection to this store, without the prefix. */
  public Map<String, String> connectionKeys() {
    return Map.of(
        "url", site.toString(),
        "consumerKey", key,
        "consumerSecret", secret,
        "treatAsHttpsHeader", HTTPS_HEADER);
  }

  @Override
  public StoreConnectorFactory factory() {
    return new WooCommerceConnectorFactory();
  }

  @Override
  public StoreSettings settings() {
    return with(Map.of());
  }

  private StoreSettings with(Map<String, String> changes) {
    Map<String, String> values = new HashMap<>();
    values.put("url", site.toString());
    values.put("consumerKey", key);
    values.put("consumerSecret", secret);
    values.put("treatAsHttpsHeader", HTTPS_HEADER);
    values.putAll(changes);
    return new StoreSettings(
        "contract", ConfigValues.of(values), Duration.ofSeconds(30), Clock.systemUTC());
  }

  @Override
  public StoreSettings badCredentials() {
    return with(Map.of("consumerKey", "ck_" + "0".repeat(40), "consumerSecret", "cs_nope"));
  }

  @Override
  public StoreSettings pagedBy(int pageSize) {
    return with(Map.of("pageSize", String.valueOf(pageSize)));
  }

  @Override
  public String unique(String stem) {
    return stem + "-" + run + "-" + names.incrementAndGet();
  }

  /** The store's clock, from its {@code Date} header (whole seconds). */
  @Override
  public Instant now() {
    HttpResponse<String> response = send("GET", "/orders?per_page=1", null);
    return response
        .headers()
        .firstValue("Date")
        .map(d -> ZonedDateTime.parse(d, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
        .orElseGet(Instant::now);
  }

  @Override
  public void createProduct(String sku, long stock, String price) {
    ObjectNode p = JSON.createObjectNode();
    p.put("name", sku)
        .put("type", "simple")
        .put("sku", sku)
        .put("regular_price", price)
        .put("manage_stock", true)
        .put("stock_quantity", stock);
    ids.put(sku, new long[] {call("POST", "/products", p).path("id").asLong(), 0});
  }

  @Override
  public void createVariable(String parentSku, List<Variation> variations, String price) {
    ObjectNode p = JSON.createObjectNode();
    p.put("name", parentSku).put("type", "variable").put("sku", parentSku);
    ObjectNode size = p.putArray("attributes").addObject();
    size.put("name", "Size").put("visible", true).put("variation", true);
    ArrayNode options = size.putArray("options");
    variations.forEach(v -> options.add(option(v.sku())));
    long parent = call("POST", "/products", p).path("id").asLong();
    ids.put(parentSku, new long[] {parent, 0});
    for (Variation v : variations) {
      ObjectNode body = JSON.createObjectNode();
      body.put("sku", v.sku())
          .put("regular_price", price)
          .put("manage_stock", true)
          .put("stock_quantity", v.stock());
      body.putArray("attributes").addObject().put("name", "Size").put("option", option(v.sku()));
      long id = call("POST", "/products/" + parent + "/variations", body).path("id").asLong();
      ids.put(v.sku(), new long[] {parent, id});
    }
  }

  private static String option(String sku) {
    return sku.substring(sku.lastIndexOf('-') + 1);
  }

  @Override
  public void deleteProduct(String sku) {
    call("DELETE", path(sku) + "?force=true", null);
    ids.remove(sku);
  }

  private String path(String sku) {
    long[] id = ids.get(sku);
    if (id == null) {
      throw new IllegalArgumentException("this run created no product " + sku);
    }
    return id[1] == 0 ? "/products/" + id[0] : "/products/" + id[0] + "/variations/" + id[1];
  }

  @Override
  public long stockOf(String sku) {
    return call("GET", path(sku), null).path("stock_quantity").asLong();
  }

  @Override
  public void setStockInAdmin(String sku, long quantity) {
    ObjectNode body = JSON.createObjectNode().put("stock_quantity", quantity);
    call("PUT", path(sku), body);
  }

  @Override
  public String placeOrder(List<Line> lines, boolean paid) {
    ObjectNode order = JSON.createObjectNode();
    order.put("set_paid", paid).put("payment_method", "bacs").put("payment_method_title", "Bank");
    order
        .putObject("billing")
        .put("first_name", "Contract")
        .put("last_name", "Shopper")
        .put("email", "shopper@example.com");
    lineItems(order, lines);
    return call("POST", "/orders", order).path("id").asText();
  }

  /** The order's {@code line_items}: each SKU's product, and its variation when it is one. */
  private void lineItems(ObjectNode order, List<Line> lines) {
    ArrayNode items = order.putArray("line_items");
    for (Line line : lines) {
      long[] id = ids.get(line.sku());
      ObjectNode item = items.addObject().put("product_id", id[0]).put("quantity", line.quantity());
      if (id[1] != 0) {
        item.put("variation_id", id[1]);
      }
    }
  }

  /**
   * One {@code /orders/batch} request creates them, and a second one marks them all completed, so
   * most of them share their modification second.
   */
  @Override
  public List<String> placeOrdersTogether(int count, List<Line> lines) {
    ObjectNode create = JSON.createObjectNode();
    ArrayNode orders = create.putArray("create");
    for (int i = 0; i < count; i++) {
      lineItems(orders.addObject().put("set_paid", true).put("payment_method", "bacs"), lines);
    }
    List<String> placed = new java.util.ArrayList<>();
    call("POST", "/orders/batch", create)
        .path("create")
        .forEach(o -> placed.add(o.path("id").asText()));
    ObjectNode complete = JSON.createObjectNode();
    ArrayNode update = complete.putArray("update");
    placed.forEach(
        id -> update.addObject().put("id", Long.parseLong(id)).put("status", "completed"));
    call("POST", "/orders/batch", complete);
    return placed;
  }

  @Override
  public void moveTo(String orderId, OrderLifecycle state) {
    String status =
        switch (state) {
          case PAID -> "processing";
          case FULFILLED -> "completed";
          case ON_HOLD -> "on-hold";
          case CANCELLED -> "cancelled";
          case REFUNDED -> "refunded";
          case FAILED -> "failed";
          default -> throw new IllegalArgumentException("no WooCommerce status for " + state);
        };
    ObjectNode body = JSON.createObjectNode().put("status", status);
    if (state == OrderLifecycle.PAID) {
      body.put("set_paid", true);
    }
    call("PUT", "/orders/" + orderId, body);
  }

  /** The admin's refund form: the line's quantity and its share of the line total. */
  @Override
  public String refund(String orderId, String sku, long quantity, boolean restock) {
    JsonNode order = call("GET", "/orders/" + orderId, null);
    JsonNode line = null;
    for (JsonNode item : order.path("line_items")) {
      if (sku.equals(item.path("sku").asText())) {
        line = item;
      }
    }
    if (line == null) {
      throw new IllegalArgumentException("order " + orderId + " has no line for " + sku);
    }
    BigDecimal amount =
        new BigDecimal(line.path("total").asText())
            .multiply(BigDecimal.valueOf(quantity))
            .divide(new BigDecimal(line.path("quantity").asText()), 2, RoundingMode.HALF_UP);
    ObjectNode body = JSON.createObjectNode();
    body.put("amount", amount.toPlainString())
        .put("reason", "contract")
        .put("api_refund", false)
        .put("api_restock", restock);
    body.putArray("line_items")
        .addObject()
        .put("id", line.path("id").asLong())
        .put("quantity", quantity)
        .put("refund_total", amount.toPlainString());
    return call("POST", "/orders/" + orderId + "/refunds", body).path("id").asText();
  }

  /**
   * Waits for the store to send the order's {@code order.created} delivery to this run's webhook,
   * pushing the store's queue meanwhile (a real WooCommerce sends only when WP-Cron runs).
   */
  @Override
  public Optional<SignedDelivery> signedOrderDelivery(String orderId) {
    Optional<DeliveryCatcher.Caught> found = Optional.empty();
    Instant until = Instant.now().plus(deliveries.patience());
    while (found.isEmpty() && Instant.now().isBefore(until)) {
      deliveries.push();
      found = caught(orderId);
    }
    return found.map(c -> new SignedDelivery(c.headers(), c.body(), webhookSecret));
  }

  private Optional<DeliveryCatcher.Caught> caught(String orderId) {
    return catcher.caught().stream()
        .filter(c -> "order.created".equals(c.header("X-WC-Webhook-Topic")))
        .filter(c -> orderId.equals(idOf(c.body())))
        .findFirst();
  }

  private static String idOf(byte[] body) {
    try {
      return JSON.readTree(body).path("id").asText();
    } catch (IOException e) {
      return null;
    }
  }

  /** WooCommerce's batch endpoints take at most 100 objects. */
  @Override
  public int stockWriteBatchLimit() {
    return 100;
  }

  /**
   * Removes this run's webhook and the ones the connector registered to unreachable test URLs, so a
   * store that outlives the run does not keep failing deliveries.
   */
  @Override
  public void close() {
    try {
      if (webhookId != 0) {
        call("DELETE", "/webhooks/" + webhookId + "?force=true", null);
        webhookId = 0;
      }
      for (JsonNode hook : call("GET", "/webhooks?per_page=100", null)) {
        if (hook.path("delivery_url").asText().startsWith("http://127.0.0.1:9/")) {
          call("DELETE", "/webhooks/" + hook.path("id").asLong() + "?force=true", null);
        }
      }
    } finally {
      catcher.close();
      onClose.run();
    }
  }

  /** Keeps asking {@code done} (pushing the queue between asks) until it holds or time is up. */
  boolean await(BooleanSupplier done) {
    Instant until = Instant.now().plus(deliveries.patience());
    while (Instant.now().isBefore(until)) {
      if (done.getAsBoolean()) {
        return true;
      }
      deliveries.push();
    }
    return done.getAsBoolean();
  }

  JsonNode call(String method, String path, JsonNode body) {
    HttpResponse<String> response = send(method, path, body);
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " answered no JSON", e);
    }
  }

  private HttpResponse<String> send(String method, String path, JsonNode body) {
    String auth = key + ":" + secret;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(site + "/wp-json/wc/v3" + path))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)))
            .header("X-Forwarded-Proto", "https")
            .header("Content-Type", "application/json")
            .method(
                method.toUpperCase(Locale.ROOT),
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString()));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
