package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order (shop_order post). Guarded by the store lock. */
public final class Order {
  /** One product line. */
  public static final class Line {
    public final long id;
    public long productId;
    public long variationId;
    public String name;
    public String parentName;
    public BigDecimal quantity;
    public BigDecimal subtotal;
    public BigDecimal total;

    /** Units taken from stock for this line and not yet given back ({@code _reduced_stock}). */
    public long reducedStock;

    public long reducedStockMetaId;

    /**
     * Units put back into stock by refunds so far ({@code _restock_refunded_items}, cumulative; the
     * meta appears with the first restock).
     */
    public long restockedByRefunds;

    public long restockedMetaId;
    public ArrayNode attributeMeta = WpJson.array();

    public Line(long id) {
      this.id = id;
    }
  }

  /** A shipping or fee line, kept as written plus an id. */
  public record Extra(long id, ObjectNode json) {}

  public final long id;
  public String status = "pending";
  public String orderKey;
  public String createdVia = "rest-api";
  public String currency = "USD";
  public ObjectNode billing;
  public ObjectNode shipping;
  public String paymentMethod = "";
  public String paymentMethodTitle = "";
  public String transactionId = "";
  public String customerNote = "";
  public long customerId;
  public final List<Line> lines = new ArrayList<>();
  public final List<Extra> shippingLines = new ArrayList<>();
  public final List<Extra> feeLines = new ArrayList<>();
  public final List<Extra> couponLines = new ArrayList<>();
  public final List<Long> refundIds = new ArrayList<>();
  public ArrayNode metaData = WpJson.array();
  public BigDecimal discountTotal = BigDecimal.ZERO;

  /**
   * The store's standard tax rate in percent when the order was placed; zero when taxes are off.
   */
  public BigDecimal taxRate = BigDecimal.ZERO;

  /** The id of the order's {@code tax_lines} item, 0 without tax. */
  public long taxLineId;

  public boolean stockReduced;
  public Instant created;
  public Instant modified;
  public Instant paid;
  public Instant completed;
  public String statusBeforeTrash;

  public Order(long id, Instant now) {
    this.id = id;
    this.created = now;
    this.modified = now;
  }
}
