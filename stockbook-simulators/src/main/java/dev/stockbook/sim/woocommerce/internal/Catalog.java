package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** Products and variations: lookup, SKU uniqueness, writes and stock movements. */
public final class Catalog {
  private final Store store;
  private final ProductWriter writer;

  /** Lower-case SKU to the id of the product last found with it: a hint, checked on use. */
  private final java.util.Map<String, Long> skuHints =
      new java.util.concurrent.ConcurrentHashMap<>();

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
    if (sku.isEmpty()) {
      return Optional.empty();
    }
    // SKUs are unique, so the product last found under a SKU is the answer while it still has it;
    // the hint is checked on every use, so a product renamed or deleted since never misleads
    String key = sku.toLowerCase(java.util.Locale.ROOT);
    Long hint = skuHints.get(key);
    Product hinted = hint == null ? null : store.products.get(hint);
    if (hinted != null && hinted.sku.equalsIgnoreCase(sku)) {
      return Optional.of(hinted);
    }
    Optional<Product> found =
        store.products.values().stream().filter(p -> p.sku.equalsIgnoreCase(sku)).findFirst();
    found.ifPresent(p -> skuHints.put(key, p.id));
    return found;
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

  /**
   * Creates simple products whose SKUs the caller checked to be new and distinct (seeding a large
   * catalog for a benchmark): without the per-product SKU scan, the same as {@link #create}.
   */
  public List<Product> createAll(List<? extends JsonNode> bodies) {
    java.util.Set<String> taken = new java.util.HashSet<>();
    store.products.values().forEach(p -> taken.add(p.sku.toLowerCase(java.util.Locale.ROOT)));
    for (JsonNode body : bodies) {
      String sku = body.path("sku").asText("");
      if (sku.isEmpty() || !taken.add(sku.toLowerCase(java.util.Locale.ROOT))) {
        throw new WpError(400, "product_invalid_sku", "Invalid or duplicated SKU: " + sku);
      }
      ObjectNode rest = ((ObjectNode) body).deepCopy();
      rest.remove("sku"); // checked above, for all at once
      writer.validate(
          rest, new Product(0, 0, rest.path("type").asText("simple"), store.now()), true);
    }
    List<Product> created = new java.util.ArrayList<>(bodies.size());
    for (JsonNode body : bodies) {
      Product p =
          new Product(store.nextPostId(), 0, body.path("type").asText("simple"), store.now());
      writer.apply((ObjectNode) body, p);
      store.products.put(p.id, p);
      skuHints.put(p.sku.toLowerCase(java.util.Locale.ROOT), p.id);
      store.events.fire("product.created", p.id);
      created.add(p);
    }
    return created;
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
      find(p.parentId)
          .ifPresent(
              parent -> {
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

  /**
   * Bumps date_modified and tells webhooks; a variation also updates its parent's derived status.
   */
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
        parent.variations.stream()
            .map(store.products::get)
            .filter(v -> v != null)
            .map(this::effectiveStatus)
            .toList();
    parent.stockStatus =
        statuses.contains("instock")
            ? "instock"
            : statuses.contains("onbackorder") ? "onbackorder" : "outofstock";
  }

  /** Stock status as shown: a parent-managed variation takes it from the parent's quantity. */
  public String effectiveStatus(Product p) {
    if (p.isVariation() && !p.manageStock) {
      Optional<Product> parent =
          find(p.parentId).filter(x -> x.manageStock && x.stockQuantity != null);
      if (parent.isPresent()) {
        return StockRules.statusFor(parent.get().stockQuantity, parent.get().backorders);
      }
    }
    return p.stockStatus;
  }
}
