package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A product or variation as the store keeps it (one post). Guarded by the store lock. */
public final class Product {
  public final long id;
  public final long parentId;
  public String type;
  public String name = "";
  public String slug = "";
  public String status = "publish";
  public String sku = "";
  public String regularPrice = "";
  public String salePrice = "";
  public boolean manageStock;
  public Long stockQuantity;
  public String stockStatus = "instock";
  public String backorders = "no";
  public ArrayNode attributes = WpJson.array();
  public final List<Long> variations = new ArrayList<>();
  public final List<Long> groupedProducts = new ArrayList<>();

  /** Writable fields the simulator passes through unmodelled (description, images, ...). */
  public final ObjectNode extra = WpJson.object();

  public long totalSales;
  public Instant created;
  public Instant modified;

  public Product(long id, long parentId, String type, Instant now) {
    this.id = id;
    this.parentId = parentId;
    this.type = type;
    this.created = now;
    this.modified = now;
  }

  public boolean isVariation() {
    return "variation".equals(type);
  }

  public String price() {
    return salePrice.isEmpty() ? regularPrice : salePrice;
  }
}
