package dev.stockbook.core.engine;

import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.OrderPage;
import dev.stockbook.store.StockAddress;
import dev.stockbook.store.StockWrite;
import dev.stockbook.store.StockWriteResult;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreProduct;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An online store in memory. Placing an order takes its quantities out of stock as a store does;
 * orders are listed by modification time in pages honouring {@link OrderCursor}; stock writes are
 * absolute or relative ({@link StockWrite#delta()}) and answer the quantity the store ends up with.
 */
final class FakeStore implements StoreConnector {
  private final int perPage;
  private final Map<String, StoreOrder> orders = new LinkedHashMap<>();
  private final Map<String, StoreProduct> products = new LinkedHashMap<>();
  private final Set<String> refusedSkus = new HashSet<>();
  private final List<StockWrite> writes = new ArrayList<>();
  private int writeCalls;
  private int skuLookups;
  private int nextProductId = 100;

  FakeStore(int perPage) {
    this.perPage = perPage;
  }

  FakeStore() {
    this(100);
  }

  /** How many times products were looked up by SKU. */
  int skuLookups() {
    return skuLookups;
  }

  // ---- seeding ----

  void addProduct(String sku, Long stock) {
    String id = String.valueOf(nextProductId++);
    products.put(
        sku,
        new StoreProduct(
            StockAddress.single(id, null),
            sku,
            "Product " + sku,
            stock != null,
            stock,
            "simple",
            StoreProduct.Role.ITEM));
  }

  /** A customer places (or the store changes) an order; a new sold order takes its stock. */
  void place(StoreOrder order) {
    boolean isNew = !orders.containsKey(order.id());
    orders.put(order.id(), order);
    if (isNew) {
      order.lines().forEach(l -> adjust(l.sku(), -l.quantity().longValue()));
    }
  }

  /** The store changes an order (status, refunds) without touching stock. */
  void update(StoreOrder order) {
    orders.put(order.id(), order);
  }

  /** A merchant edits the stock by hand in the store. */
  void setStock(String sku, long quantity) {
    StoreProduct p = products.get(sku);
    products.put(sku, withStock(p, quantity));
  }

  void adjust(String sku, long by) {
    StoreProduct p = products.get(sku);
    if (p != null && p.managesStock()) {
      products.put(sku, withStock(p, p.stockQuantity() + by));
    }
  }

  void refuseWritesFor(String sku) {
    refusedSkus.add(sku);
  }

  // ---- what tests look at ----

  Long stock(String sku) {
    return products.get(sku).stockQuantity();
  }

  List<StockWrite> writes() {
    return List.copyOf(writes);
  }

  int writeCalls() {
    return writeCalls;
  }

  // ---- StoreConnector ----

  @Override
  public OrderPage ordersChangedSince(OrderCursor cursor) {
    List<StoreOrder> listing =
        orders.values().stream()
            .filter(o -> !o.modifiedAt().isBefore(cursor.modifiedSince()))
            .sorted(Comparator.comparing(StoreOrder::modifiedAt).thenComparing(StoreOrder::id))
            .toList();
    // the position is this store's own: the offset into the listing
    int from = Math.min(listing.size(), cursor.atStart() ? 0 : Integer.parseInt(cursor.position()));
    int to = Math.min(listing.size(), from + perPage);
    List<StoreOrder> page = listing.subList(from, to);
    boolean more = to < listing.size();
    OrderCursor next =
        more
            ? cursor.at(String.valueOf(to))
            : OrderCursor.since(
                listing.isEmpty()
                    ? cursor.modifiedSince()
                    : listing.get(listing.size() - 1).modifiedAt());
    return new OrderPage(page, next, more);
  }

  @Override
  public List<StoreOrder> ordersById(Collection<String> orderIds) {
    return orderIds.stream().map(orders::get).filter(Objects::nonNull).toList();
  }

  @Override
  public List<StoreProduct> productsBySku(Collection<String> skus) {
    skuLookups++;
    return skus.stream().map(products::get).filter(Objects::nonNull).toList();
  }

  @Override
  public List<StockWriteResult> writeStock(List<StockWrite> batch) {
    writeCalls++;
    List<StockWriteResult> results = new ArrayList<>();
    for (StockWrite write : batch) {
      writes.add(write);
      StoreProduct p = products.get(write.sku());
      if (p == null || refusedSkus.contains(write.sku())) {
        results.add(StockWriteResult.rejected(write, "product_invalid_id: no such product", false));
        continue;
      }
      long now = write.delta() != null ? p.stockQuantity() + write.delta() : write.quantity();
      products.put(write.sku(), withStock(p, now));
      results.add(StockWriteResult.accepted(write, now));
    }
    return results;
  }

  @Override
  public List<StoreProduct> allProducts() {
    return List.copyOf(products.values());
  }

  private static StoreProduct withStock(StoreProduct p, long quantity) {
    return new StoreProduct(p.address(), p.sku(), p.name(), true, quantity, p.kind(), p.role());
  }
}
