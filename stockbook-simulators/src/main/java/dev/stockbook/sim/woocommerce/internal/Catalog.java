package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** Products and variations: lookup, SKU uniqueness, writes and stock movements. */
public final class Catalog {
  private final Store store;
  private final ProductWriter writer;

  public Catalog(Store store) {
    this.store = store;
    this.writer = new ProductWriter(store, this);
  }

  public Optional<Product> find(long id) {
    return Optional.ofNullable(store.products.get(id));
  }

  /** A top-level product (not a variation) or the product 404. */
  public Product product(long id) {
    Product p = store.products.get(id);
    if (p == null) {
      throw WpError.invalidId("product");
    }
    return p;
  }

  public Product variation(long parentId, long id) {
    Product v = store.products.get(id);
    if (v == null || v.parentId != parentId || !v.isVariation()) {
      throw WpError.invalidId("product_variation");
    }
    return v;
  }

  public Optional<Product> bySku(String sku) {
    return store.products.values().stream().filter(p -> p.sku.equalsIgnoreCase(sku) && !sku.isEmpty()).findFirst();
  }

  public List<Product> all() {
    return List.copyOf(store.products.values());
  }

  public Product create(JsonNode body, Product parent) {
    ObjectNode in = body != null && body.isObject() ? (ObjectNode) body : WpJson.object();
    String type = parent != null ? "variation" : in.path("type").asText("simple");
    Product p = new Product(0, parent == null ? 0 : parent.id, type, store.now());
    writer.validate(in, p, true);
    p = new Product(store.nextPostId(), p.parentId, type, store.now());
    writer.apply(in, p);
    store.products.put(p.id, p);
    if (parent != null) {
      parent.variations.add(p.id);
      syncParent(parent);
    }
    syncParent(p);
    store.events.fire("product.created", p.id);
    return p;
  }

  public Product update(Product p, JsonNode body) {
    ObjectNode in = body != null && body.isObject() ? (ObjectNode) body : WpJson.object();
    writer.validate(in, p, false);
    writer.apply(in, p);
    touch(p);
    return p;
  }

  public void delete(Product p) {
    store.products.remove(p.id);
    for (Long child : List.copyOf(p.variations)) {
      store.products.remove(child);
    }
    if (p.isVariation()) {
      find(p.parentId).ifPresent(parent -> {
        parent.variations.remove(p.id);
        syncParent(parent);
      });
    }
    store.events.fire("product.deleted", p.id);
  }

  public void trash(Product p) {
    p.status = "trash";
    touch(p);
  }

  /** Bumps date_modified and tells webhooks; a variation also updates its parent's derived status. */
  public void touch(Product p) {
    p.modified = store.now();
    if (p.isVariation()) {
      find(p.parentId).ifPresent(this::syncParent);
    }
    store.events.fire("product.updated", p.id);
  }

  /** Whose stock a sale of {@code p} moves: itself, its managing parent, or nobody. */
  public Optional<Product> stockOwner(Product p) {
    if (!store.manageStock) {
      return Optional.empty();
    }
    if (p.manageStock) {
      return Optional.of(p);
    }
    if (p.isVariation()) {
      return find(p.parentId).filter(parent -> parent.manageStock);
    }
    return Optional.empty();
  }

  /**
   * Moves stock by {@code delta} (wc_update_product_stock); returns the new quantity, or empty if
   * unmanaged. A captured product.updated delivery shows that this bumps date_modified and fires.
   */
  public Optional<Long> adjustStock(Product p, long delta) {
    Optional<Product> owner = stockOwner(p);
    owner.ifPresent(
        o -> {
          o.stockQuantity = (o.stockQuantity == null ? 0 : o.stockQuantity) + delta;
          refreshStatus(o);
          touch(o);
        });
    return owner.map(o -> o.stockQuantity);
  }

  /** Merchant-side absolute stock write (wp-admin). */
  public void setStock(Product p, long quantity) {
    Product owner = stockOwner(p).orElse(p);
    owner.manageStock = true;
    owner.stockQuantity = quantity;
    refreshStatus(owner);
    touch(owner);
  }

  void refreshStatus(Product p) {
    if (p.manageStock && p.stockQuantity != null) {
      p.stockStatus = StockRules.statusFor(p.stockQuantity, p.backorders);
    }
  }

  /** A variable product's stock status follows its children. */
  void syncParent(Product parent) {
    if (!"variable".equals(parent.type)) {
      return;
    }
    List<String> statuses =
        parent.variations.stream().map(store.products::get).filter(v -> v != null).map(this::effectiveStatus).toList();
    parent.stockStatus =
        statuses.contains("instock") ? "instock" : statuses.contains("onbackorder") ? "onbackorder" : "outofstock";
  }

  /** Stock status as shown: a parent-managed variation takes it from the parent's quantity. */
  public String effectiveStatus(Product p) {
    if (p.isVariation() && !p.manageStock) {
      Optional<Product> parent = find(p.parentId).filter(x -> x.manageStock && x.stockQuantity != null);
      if (parent.isPresent()) {
        return StockRules.statusFor(parent.get().stockQuantity, parent.get().backorders);
      }
    }
    return p.stockStatus;
  }
}
