package dev.stockbook.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as every store connector reports it. Money is exact ({@link BigDecimal}, scale as the
 * store wrote it); all amounts are in {@code currency}.
 *
 * @param id the store's order id
 * @param number the order number customers see (may differ from id)
 * @param status the store's own status word, for messages
 * @param lifecycle what that status means, in the words every store shares
 * @param createdAt when the order was placed
 * @param modifiedAt when the store last changed it
 * @param paid whether the store recorded a payment
 * @param paymentMethod the store's payment method id ({@code ""} if none)
 * @param customer who bought
 * @param lines product lines
 * @param shipping shipping charges (amount excluding tax)
 * @param fees fee lines (amount excluding tax; may be negative)
 * @param coupons coupons applied (the discount is already inside line totals)
 * @param totalTax the order's total tax
 * @param total the order's grand total, tax included
 * @param pricesIncludeTax whether the store's prices include tax
 * @param refunds refunds recorded against the order
 */
public record StoreOrder(
    String id,
    String number,
    String status,
    OrderLifecycle lifecycle,
    String currency,
    Instant createdAt,
    Instant modifiedAt,
    boolean paid,
    String paymentMethod,
    Customer customer,
    List<OrderLine> lines,
    List<Charge> shipping,
    List<Charge> fees,
    List<Coupon> coupons,
    BigDecimal totalTax,
    BigDecimal total,
    boolean pricesIncludeTax,
    List<StoreRefund> refunds) {

  public StoreOrder {
    java.util.Objects.requireNonNull(lifecycle, "lifecycle");
    lines = List.copyOf(lines);
    shipping = List.copyOf(shipping);
    fees = List.copyOf(fees);
    coupons = List.copyOf(coupons);
    refunds = List.copyOf(refunds);
  }

  /** The buyer. Any field may be empty for guest orders. */
  public record Customer(
      String id, String email, String firstName, String lastName, String company) {}

  /**
   * A product line.
   *
   * @param lineId the store's line id
   * @param productId the product id
   * @param variationId the variation id, or {@code null} for a simple product
   * @param sku the product's SKU, {@code null} or empty when the line has none
   * @param quantity quantity sold (may be fractional in some stores)
   * @param subtotal line amount before discounts, excluding tax
   * @param total line amount after discounts, excluding tax
   * @param totalTax tax on the line
   * @param restocked how many units of this line the store has put back into stock after refunds,
   *     all refunds together; {@code null} when the store does not say (then each refund line says
   *     for itself, {@link StoreRefund.RefundLine#restocked()})
   * @param taxRates the store's names of the tax rates charged on the line, in the order the store
   *     applied them (WooCommerce's {@code rate_code}, Shopify's tax line title); empty when the
   *     line was not taxed or the store does not say. Stockbook maps them to QuickBooks tax codes.
   */
  public record OrderLine(
      String lineId,
      String productId,
      String variationId,
      String sku,
      String name,
      BigDecimal quantity,
      BigDecimal subtotal,
      BigDecimal total,
      BigDecimal totalTax,
      BigDecimal restocked,
      List<String> taxRates) {

    public OrderLine {
      taxRates = taxRates == null ? List.of() : List.copyOf(taxRates);
    }

    /** A line whose tax rates the store does not name. */
    public OrderLine(
        String lineId,
        String productId,
        String variationId,
        String sku,
        String name,
        BigDecimal quantity,
        BigDecimal subtotal,
        BigDecimal total,
        BigDecimal totalTax,
        BigDecimal restocked) {
      this(
          lineId,
          productId,
          variationId,
          sku,
          name,
          quantity,
          subtotal,
          total,
          totalTax,
          restocked,
          List.of());
    }

    /** A line of a store that reports restocks per refund line. */
    public OrderLine(
        String lineId,
        String productId,
        String variationId,
        String sku,
        String name,
        BigDecimal quantity,
        BigDecimal subtotal,
        BigDecimal total,
        BigDecimal totalTax) {
      this(
          lineId,
          productId,
          variationId,
          sku,
          name,
          quantity,
          subtotal,
          total,
          totalTax,
          null,
          List.of());
    }

    /** The same line with the store's restocked count. */
    public OrderLine withRestocked(BigDecimal units) {
      return new OrderLine(
          lineId,
          productId,
          variationId,
          sku,
          name,
          quantity,
          subtotal,
          total,
          totalTax,
          units,
          taxRates);
    }

    /** The same line with the names of the tax rates the store charged on it. */
    public OrderLine withTaxRates(List<String> rates) {
      return new OrderLine(
          lineId,
          productId,
          variationId,
          sku,
          name,
          quantity,
          subtotal,
          total,
          totalTax,
          restocked,
          rates);
    }
  }

  /** The same order with other refunds (the engine fills in what each one restocked). */
  public StoreOrder withRefunds(List<StoreRefund> newRefunds) {
    return new StoreOrder(
        id,
        number,
        status,
        lifecycle,
        currency,
        createdAt,
        modifiedAt,
        paid,
        paymentMethod,
        customer,
        lines,
        shipping,
        fees,
        coupons,
        totalTax,
        total,
        pricesIncludeTax,
        newRefunds);
  }

  /**
   * A shipping or fee line: {@code amount} excludes tax, {@code tax} is its tax, {@code taxRates}
   * the store's names of the rates charged (as {@link OrderLine#taxRates()}).
   */
  public record Charge(
      String id, String name, BigDecimal amount, BigDecimal tax, List<String> taxRates) {
    public Charge {
      taxRates = taxRates == null ? List.of() : List.copyOf(taxRates);
    }

    /** A charge whose tax rates the store does not name. */
    public Charge(String id, String name, BigDecimal amount, BigDecimal tax) {
      this(id, name, amount, tax, List.of());
    }
  }

  /** A coupon; {@code discount} is how much it took off (excluding tax). */
  public record Coupon(String id, String code, BigDecimal discount) {}
}
