package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.common.SimHandler;
import dev.stockbook.sim.common.SimRequest;
import dev.stockbook.sim.common.SimResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The HTTP edge: routes {@code /wp-json/wc/v3/...} to the store, authenticates, writes
 * WordPress-shaped JSON and errors. The one big class, by design (style rule 10).
 */
public final class WooApi implements SimHandler {
  private static final String PREFIX = "/wp-json/wc/v3";
  private static final List<String> ORDERBY =
      List.of("date", "id", "include", "title", "slug", "modified");
  private static final int BATCH_LIMIT = 100;

  /** Server-side think time: writes slower than reads, a batch slower still. */
  public record Latency(Duration read, Duration write, Duration batch) {
    public static final Latency NONE = new Latency(Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  private final Store store;
  private final Catalog catalog;
  private final Orders orders;
  private final OrderWriter orderWriter;
  private final RefundWriter refundWriter;
  private final ProductJson productJson;
  private final OrderJson orderJson;
  private final Webhooks webhooks;
  private final Authenticator auth;
  private final Filters filters;
  private volatile Latency latency = Latency.NONE;

  public WooApi(
      Store store, Catalog catalog, Orders orders, Webhooks webhooks, Authenticator auth) {
    this.store = store;
    this.catalog = catalog;
    this.orders = orders;
    this.productJson = new ProductJson(store, catalog);
    this.orderJson = new OrderJson(store, catalog, orders, productJson);
    this.orderWriter = new OrderWriter(store, catalog, orders, productJson);
    this.refundWriter = new RefundWriter(store, orders);
    this.webhooks = webhooks;
    this.auth = auth;
    this.filters = new Filters(store.time);
  }

  public ProductJson productJson() {
    return productJson;
  }

  public OrderJson orderJson() {
    return orderJson;
  }

  public OrderWriter orderWriter() {
    return orderWriter;
  }

  public void latency(Latency value) {
    latency = value;
  }

  @Override
  public SimResponse handle(SimRequest r) {
    try {
      pause(r);
      if (!r.path().startsWith(PREFIX + "/")) {
        throw WpError.noRoute();
      }
      String[] seg = r.path().substring(PREFIX.length() + 1).split("/");
      synchronized (store.lock) {
        webhooks.beginRequest();
        return route(r, seg);
      }
    } catch (WpError e) {
      return error(e);
    } catch (RuntimeException e) {
      return error(
          new WpError(
              500, "internal_server_error", "There has been a critical error on this website."));
    }
  }

  private void pause(SimRequest r) {
    Duration d =
        r.path().endsWith("/batch")
            ? latency.batch()
            : "GET".equals(r.method()) ? latency.read() : latency.write();
    if (!d.isZero()) {
      try {
        Thread.sleep(d.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public static SimResponse error(WpError e) {
    return SimResponse.json(e.status(), WpJson.bytes(e.toJson()));
  }

  private SimResponse route(SimRequest r, String[] s) {
    String m = r.method();
    boolean write = Set.of("POST", "PUT", "PATCH").contains(m);
    switch (s[0]) {
      case "products" -> {
        if (s.length == 1 && (m.equals("GET") || m.equals("POST"))) {
          authorize(r, true);
          return m.equals("GET")
              ? listProducts(r)
              : created(productJson.product(catalog.create(body(r), null), true), "/products/");
        }
        if (s.length == 2 && s[1].equals("batch") && write) {
          authorize(r, true);
          return batch(
              r, this::productBatchCreate, this::productBatchUpdate, this::productBatchDelete);
        }
        if (s.length == 2 && isId(s[1])) {
          authorize(r, false);
          return product(r, id(s[1]));
        }
        if (s.length >= 3 && isId(s[1]) && s[2].equals("variations")) {
          return variations(r, s, id(s[1]), write);
        }
      }
      case "orders" -> {
        if (s.length == 1 && (m.equals("GET") || m.equals("POST"))) {
          authorize(r, true);
          return m.equals("GET")
              ? listOrders(r)
              : created(orderJson.order(orderWriter.create(body(r))), "/orders/");
        }
        if (s.length == 2 && s[1].equals("batch") && write) {
          authorize(r, true);
          return batch(
              r,
              in -> orderJson.order(orderWriter.create(in)),
              in -> orderJson.order(orderWriter.update(orders.get(in.path("id").asLong()), in)),
              this::deleteOrder);
        }
        if (s.length == 2 && isId(s[1])) {
          authorize(r, false);
          return order(r, id(s[1]));
        }
        if (s.length >= 3 && isId(s[1]) && s[2].equals("refunds")) {
          return refunds(r, s, id(s[1]));
        }
      }
      case "refunds" -> {
        if (s.length == 1 && m.equals("GET")) {
          authorize(r, true);
          InvalidParams bad = new InvalidParams();
          Listing listing = Listing.parse(r, ORDERBY, bad);
          bad.throwIfAny();
          List<Refund> all =
              Filters.sort(
                  List.copyOf(store.refunds.values()),
                  listing,
                  Comparator.comparing(x -> x.created),
                  x -> x.id);
          return listing.respond(
              r,
              store.api("/refunds"),
              all,
              x -> fields(r, orderJson.refund(x).put("parent_id", x.orderId)));
        }
      }
      case "webhooks" -> {
        return webhookRoutes(r, s);
      }
      default -> {}
    }
    throw WpError.noRoute();
  }

  private void authorize(SimRequest r, boolean collection) {
    ApiKeys.Key key = auth.authenticate(r);
    if (key == null) {
      throw Authenticator.forbidden(r.method(), collection);
    }
    Authenticator.checkPermission(key, r.method());
  }

  private static boolean isId(String s) {
    return s.matches("\\d{1,18}");
  }

  private static long id(String s) {
    return Long.parseLong(s);
  }

  private static JsonNode body(SimRequest r) {
    JsonNode body = WpJson.parse(r.body());
    if (body == null && !r.params().isEmpty()) {
      ObjectNode fromQuery = WpJson.object();
      r.params().forEach((k, v) -> fromQuery.put(k, v.get(0)));
      return fromQuery;
    }
    return body;
  }

  private SimResponse ok(JsonNode node) {
    return SimResponse.json(200, WpJson.bytes(node));
  }

  private SimResponse created(ObjectNode node, String path) {
    return SimResponse.json(201, WpJson.bytes(node))
        .withHeader("Location", store.api(path + node.path("id").asLong()));
  }

  private static boolean force(SimRequest r) {
    return "true".equals(r.param("force")) || "1".equals(r.param("force"));
  }

  /** {@code _fields=a,b}: only those top-level fields (and id). */
  private static ObjectNode fields(SimRequest r, ObjectNode node) {
    List<String> wanted = Filters.list(r, "_fields");
    if (wanted.isEmpty()) {
      return node;
    }
    Set<String> keep = new HashSet<>(wanted);
    keep.add("id");
    node.retain(keep);
    return node;
  }

  // ---- products -------------------------------------------------------------------------------

  private SimResponse product(SimRequest r, long id) {
    Product p = catalog.product(id);
    if (!r.method().equals("GET") && p.isVariation()) {
      throw new WpError(
          404,
          "woocommerce_rest_invalid_product_id",
          "To manipulate product variations you should use the /products/&lt;product_id&gt;/variations/&lt;id&gt; endpoint.");
    }
    return switch (r.method()) {
      case "GET" -> ok(fields(r, productJson.product(p, "edit".equals(r.param("context")))));
      case "POST", "PUT", "PATCH" -> ok(productJson.product(catalog.update(p, body(r)), true));
      case "DELETE" -> ok(deleteProduct(p, force(r)));
      default -> throw WpError.noRoute();
    };
  }

  private ObjectNode deleteProduct(Product p, boolean force) {
    ObjectNode before = productJson.product(p, true);
    if (force) {
      catalog.delete(p);
      return before;
    }
    if ("trash".equals(p.status)) {
      throw new WpError(
          410, "woocommerce_rest_already_trashed", "The product has already been deleted.");
    }
    catalog.trash(p);
    return productJson.product(p, true);
  }

  private SimResponse listProducts(SimRequest r) {
    InvalidParams bad = new InvalidParams();
    Listing listing =
        Listing.parse(
            r,
            List.of(
                "date",
                "id",
                "include",
                "title",
                "slug",
                "modified",
                "price",
                "popularity",
                "rating",
                "menu_order"),
            bad);
    List<String> skus = Filters.list(r, "sku");
    String searchSku = r.param("search_sku");
    boolean withVariations = !skus.isEmpty() || searchSku != null;
    List<Long> include = Filters.ids(r, "include", bad);
    var dates = filters.dates(r, (Product p) -> p.created, p -> p.modified, bad);
    String type = r.param("type");
    String status = r.param("status") == null ? "any" : r.param("status");
    String stockStatus = r.param("stock_status");
    String search = r.param("search");
    if (type != null && !ProductWriter.TYPES.contains(type)) {
      bad.notInEnum("type", type, ProductWriter.TYPES);
    }
    bad.throwIfAny();
    List<Product> hits = new ArrayList<>();
    for (Product p : catalog.all()) {
      boolean match =
          (withVariations || !p.isVariation())
              && (skus.isEmpty() || skus.stream().anyMatch(sku -> sku.equalsIgnoreCase(p.sku)))
              && (searchSku == null || p.sku.toLowerCase().contains(searchSku.toLowerCase()))
              && (include.isEmpty() || include.contains(p.id))
              && (type == null || type.equals(p.type))
              && ("any".equals(status) ? !"trash".equals(p.status) : status.equals(p.status))
              && (stockStatus == null || stockStatus.equals(catalog.effectiveStatus(p)))
              && (search == null
                  || productJson.displayName(p).toLowerCase().contains(search.toLowerCase()))
              && dates.test(p);
      if (match) {
        hits.add(p);
      }
    }
    Comparator<Product> key =
        switch (listing.orderby) {
          case "id" -> Comparator.comparing(p -> p.id);
          case "title" -> Comparator.comparing(p -> p.name);
          case "slug" -> Comparator.comparing(p -> p.slug);
          case "modified" -> Comparator.comparing(p -> p.modified.getEpochSecond());
          case "include" -> Comparator.comparing(p -> include.indexOf(p.id));
          default -> Comparator.comparing(p -> p.created.getEpochSecond());
        };
    List<Product> sorted = Filters.sort(hits, listing, key, p -> p.id);
    return listing.respond(
        r, store.api("/products"), sorted, p -> fields(r, productJson.product(p, false)));
  }

  private ObjectNode productBatchCreate(JsonNode in) {
    return productJson.product(catalog.create(in, null), true);
  }

  private ObjectNode productBatchUpdate(JsonNode in) {
    Product p = catalog.product(in.path("id").asLong());
    if (p.isVariation()) {
      throw new WpError(
          404,
          "woocommerce_rest_invalid_product_id",
          "To manipulate product variations you should use the /products/&lt;product_id&gt;/variations/&lt;id&gt; endpoint.");
    }
    return productJson.product(catalog.update(p, in), true);
  }

  private ObjectNode productBatchDelete(long id) {
    return deleteProduct(catalog.product(id), true);
  }

  // ---- variations -----------------------------------------------------------------------------

  private SimResponse variations(SimRequest r, String[] s, long parentId, boolean write) {
    String m = r.method();
    if (s.length == 3 && (m.equals("GET") || m.equals("POST"))) {
      authorize(r, true);
      Product parent = parentOf(parentId);
      if (m.equals("POST")) {
        return created(
            productJson.variation(catalog.create(body(r), parent)),
            "/products/" + parentId + "/variations/");
      }
      InvalidParams bad = new InvalidParams();
      Listing listing = Listing.parse(r, ORDERBY, bad);
      List<String> skus = Filters.list(r, "sku");
      var dates = filters.dates(r, (Product p) -> p.created, p -> p.modified, bad);
      bad.throwIfAny();
      List<Product> hits =
          parent.variations.stream()
              .map(store.products::get)
              .filter(v -> v != null && (skus.isEmpty() || skus.contains(v.sku)) && dates.test(v))
              .toList();
      Comparator<Product> key =
          "id".equals(listing.orderby)
              ? Comparator.comparing(p -> p.id)
              : Comparator.comparing(p -> p.created.getEpochSecond());
      return listing.respond(
          r,
          store.api("/products/" + parentId + "/variations"),
          Filters.sort(hits, listing, key, p -> p.id),
          v -> fields(r, productJson.variation(v)));
    }
    if (s.length == 4 && s[3].equals("batch") && write) {
      authorize(r, true);
      Product parent = parentOf(parentId);
      return batch(
          r,
          in -> productJson.variation(catalog.create(in, parent)),
          in ->
              productJson.variation(
                  catalog.update(catalog.variation(parentId, in.path("id").asLong()), in)),
          id -> {
            Product v = catalog.variation(parentId, id);
            ObjectNode before = productJson.variation(v);
            catalog.delete(v);
            return before;
          });
    }
    if (s.length == 4 && isId(s[3])) {
      authorize(r, false);
      Product v = catalog.variation(parentId, id(s[3]));
      return switch (m) {
        case "GET" -> ok(fields(r, productJson.variation(v)));
        case "POST", "PUT", "PATCH" -> ok(productJson.variation(catalog.update(v, body(r))));
        case "DELETE" -> {
          ObjectNode before = productJson.variation(v);
          catalog.delete(v);
          yield ok(before);
        }
        default -> throw WpError.noRoute();
      };
    }
    throw WpError.noRoute();
  }

  private Product parentOf(long parentId) {
    Product parent =
        catalog
            .find(parentId)
            .filter(p -> !p.isVariation())
            .orElseThrow(
                () -> new WpError(404, "woocommerce_rest_product_invalid_id", "Invalid ID."));
    return parent;
  }

  // ---- orders ---------------------------------------------------------------------------------

  private SimResponse order(SimRequest r, long id) {
    Order o = orders.get(id);
    return switch (r.method()) {
      case "GET" -> ok(fields(r, orderJson.order(o)));
      case "POST", "PUT", "PATCH" -> ok(orderJson.order(orderWriter.update(o, body(r))));
      case "DELETE" -> force(r) ? ok(deleteOrder(id)) : ok(trashOrder(o));
      default -> throw WpError.noRoute();
    };
  }

  private ObjectNode trashOrder(Order o) {
    if ("trash".equals(o.status)) {
      throw new WpError(
          410, "woocommerce_rest_already_trashed", "The order has already been deleted.");
    }
    o.statusBeforeTrash = o.status;
    o.status = "trash";
    o.modified = store.now();
    store.events.fire("order.deleted", o.id);
    return orderJson.order(o);
  }

  private ObjectNode deleteOrder(long id) {
    Order o = orders.get(id);
    ObjectNode before = orderJson.order(o);
    store.orders.remove(id);
    store.events.fire("order.deleted", id);
    return before;
  }

  private SimResponse listOrders(SimRequest r) {
    InvalidParams bad = new InvalidParams();
    Listing listing = Listing.parse(r, ORDERBY, bad);
    List<String> statuses = Filters.list(r, "status");
    for (int i = 0; i < statuses.size(); i++) {
      if (!OrderStatus.FILTER.contains(statuses.get(i))) {
        bad.notInEnum("status[" + i + "]", statuses.get(i), OrderStatus.FILTER);
      }
    }
    List<Long> include = Filters.ids(r, "include", bad);
    List<Long> exclude = Filters.ids(r, "exclude", bad);
    var dates = filters.dates(r, (Order o) -> o.created, o -> o.modified, bad);
    bad.throwIfAny();
    boolean any = statuses.isEmpty() || statuses.contains("any");
    List<Order> hits =
        orders.all().stream()
            .filter(o -> any ? OrderStatus.matchesAny(o.status) : statuses.contains(o.status))
            .filter(o -> include.isEmpty() || include.contains(o.id))
            .filter(o -> !exclude.contains(o.id))
            .filter(dates)
            .toList();
    Comparator<Order> key =
        switch (listing.orderby) {
          case "id" -> Comparator.comparing(o -> o.id);
          case "modified" -> Comparator.comparing(o -> o.modified.getEpochSecond());
          case "include" -> Comparator.comparing(o -> include.indexOf(o.id));
          default -> Comparator.comparing(o -> o.created.getEpochSecond());
        };
    return listing.respond(
        r,
        store.api("/orders"),
        Filters.sort(hits, listing, key, o -> o.id),
        o -> fields(r, orderJson.order(o)));
  }

  private SimResponse refunds(SimRequest r, String[] s, long orderId) {
    Order o = store.orders.get(orderId);
    if (s.length == 3 && (r.method().equals("GET") || r.method().equals("POST"))) {
      authorize(r, true);
      if (o == null) {
        throw new WpError(404, "woocommerce_rest_invalid_order_id", "Invalid order ID.");
      }
      if (r.method().equals("POST")) {
        return created(
            orderJson.refund(refundWriter.create(o, body(r))), "/orders/" + orderId + "/refunds/");
      }
      InvalidParams bad = new InvalidParams();
      Listing listing = Listing.parse(r, ORDERBY, bad);
      bad.throwIfAny();
      List<Refund> list =
          Filters.sort(
              o.refundIds.stream().map(store.refunds::get).toList(),
              listing,
              Comparator.comparing(x -> x.created.getEpochSecond()),
              x -> x.id);
      return listing.respond(
          r,
          store.api("/orders/" + orderId + "/refunds"),
          list,
          x -> fields(r, orderJson.refund(x)));
    }
    if (s.length == 4 && isId(s[3]) && (r.method().equals("GET") || r.method().equals("DELETE"))) {
      authorize(r, false);
      Refund refund = store.refunds.get(id(s[3]));
      if (o == null || refund == null || refund.orderId != orderId) {
        throw WpError.invalidId("shop_order_refund");
      }
      ObjectNode json = orderJson.refund(refund);
      if (r.method().equals("DELETE")) {
        store.refunds.remove(refund.id);
        o.refundIds.remove(refund.id);
        orders.touch(o);
      }
      return ok(fields(r, json));
    }
    throw WpError.noRoute();
  }

  // ---- webhooks -------------------------------------------------------------------------------

  private SimResponse webhookRoutes(SimRequest r, String[] s) {
    String m = r.method();
    if (s.length == 1 && (m.equals("GET") || m.equals("POST"))) {
      authorize(r, true);
      if (m.equals("POST")) {
        JsonNode in = body(r);
        return created(
            webhooks.json(webhooks.create(in == null ? WpJson.object() : in)), "/webhooks/");
      }
      InvalidParams bad = new InvalidParams();
      Listing listing = Listing.parse(r, ORDERBY, bad);
      bad.throwIfAny();
      List<Webhook> all =
          Filters.sort(
              List.copyOf(webhooks.all().values()),
              listing,
              Comparator.comparing(w -> w.created.getEpochSecond()),
              w -> w.id);
      return listing.respond(r, store.api("/webhooks"), all, w -> fields(r, webhooks.json(w)));
    }
    if (s.length == 2 && isId(s[1])) {
      authorize(r, false);
      Webhook w = webhooks.get(id(s[1]));
      return switch (m) {
        case "GET" -> ok(webhooks.json(w));
        case "POST", "PUT", "PATCH" -> {
          JsonNode in = body(r);
          webhooks.apply(w, in == null ? WpJson.object() : in, false);
          yield ok(webhooks.json(w));
        }
        case "DELETE" -> {
          ObjectNode json = webhooks.json(w);
          webhooks.delete(w.id);
          yield ok(json);
        }
        default -> throw WpError.noRoute();
      };
    }
    throw WpError.noRoute();
  }

  // ---- batch ----------------------------------------------------------------------------------

  /**
   * check_batch_limit + batch_items: at most 100 items in all, then creates, updates, deletes in
   * order, each on its own (no transaction); an item's error is {@code {id, error}}, 404s as 400.
   */
  private SimResponse batch(
      SimRequest r,
      Function<JsonNode, ObjectNode> create,
      Function<JsonNode, ObjectNode> update,
      Function<Long, ObjectNode> delete) {
    JsonNode in = body(r);
    in = in == null ? WpJson.object() : in;
    int count = in.path("create").size() + in.path("update").size() + in.path("delete").size();
    if (count > BATCH_LIMIT) {
      throw new WpError(
          413,
          "woocommerce_rest_request_entity_too_large",
          "Unable to accept more than " + BATCH_LIMIT + " items for this request.");
    }
    ObjectNode out = WpJson.object();
    if (in.has("create")) {
      ArrayNode results = out.putArray("create");
      in.get("create").forEach(item -> results.add(item(() -> create.apply(item), 0)));
    }
    if (in.has("update")) {
      ArrayNode results = out.putArray("update");
      in.get("update")
          .forEach(item -> results.add(item(() -> update.apply(item), item.path("id").asLong(0))));
    }
    if (in.has("delete")) {
      ArrayNode results = out.putArray("delete");
      for (JsonNode item : in.get("delete")) {
        long id = item.isObject() ? item.path("id").asLong(0) : item.asLong(0);
        if (id != 0) {
          results.add(item(() -> delete.apply(id), id));
        }
      }
    }
    return ok(out);
  }

  private ObjectNode item(java.util.function.Supplier<ObjectNode> work, long id) {
    try {
      return work.get();
    } catch (WpError e) {
      WpError asItem = e.status() == 404 ? e.withStatus(400) : e;
      ObjectNode error = WpJson.object().put("id", id);
      error.set("error", asItem.toJson());
      return error;
    }
  }
}
