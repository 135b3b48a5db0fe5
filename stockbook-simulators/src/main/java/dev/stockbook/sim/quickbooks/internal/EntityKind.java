package dev.stockbook.sim.quickbooks.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The entities the simulator serves, with what the rules need to know about each: whether it is a
 * name list (never hard-deleted, active-only by default in queries), the shape of its lines, how
 * its item lines move {@code QtyOnHand} (reference §1.9) and whether it can be voided.
 */
public enum EntityKind {
  ACCOUNT("Account", Shape.NAME, 0, false),
  ITEM("Item", Shape.NAME, 0, false),
  CUSTOMER("Customer", Shape.NAME, 0, false),
  VENDOR("Vendor", Shape.NAME, 0, false),
  PAYMENT_METHOD("PaymentMethod", Shape.NAME, 0, false),
  TAX_CODE("TaxCode", Shape.NAME, 0, false),
  TAX_RATE("TaxRate", Shape.NAME, 0, false),
  CLASS("Class", Shape.NAME, 0, false),
  DEPARTMENT("Department", Shape.NAME, 0, false),
  PREFERENCES("Preferences", Shape.SETTINGS, 0, false),
  COMPANY_INFO("CompanyInfo", Shape.SETTINGS, 0, false),
  SALES_RECEIPT("SalesReceipt", Shape.SALE, -1, true),
  INVOICE("Invoice", Shape.SALE, -1, true),
  REFUND_RECEIPT("RefundReceipt", Shape.SALE, 1, true),
  CREDIT_MEMO("CreditMemo", Shape.SALE, 1, false),
  PAYMENT("Payment", Shape.PAYMENT, 0, true),
  BILL("Bill", Shape.PURCHASE, 1, false),
  PURCHASE("Purchase", Shape.PURCHASE, 1, false),
  VENDOR_CREDIT("VendorCredit", Shape.PURCHASE, -1, false),
  INVENTORY_ADJUSTMENT("InventoryAdjustment", Shape.ADJUSTMENT, 1, false);

  /** How an entity's body is checked and totalled. */
  public enum Shape {
    NAME,
    SALE,
    PURCHASE,
    PAYMENT,
    ADJUSTMENT,
    /** One read-only object per company (Preferences, CompanyInfo). */
    SETTINGS
  }

  private final String wireName;
  private final Shape shape;
  private final int stockSign;
  private final boolean voidable;

  EntityKind(String wireName, Shape shape, int stockSign, boolean voidable) {
    this.wireName = wireName;
    this.shape = shape;
    this.stockSign = stockSign;
    this.voidable = voidable;
  }

  public String wireName() {
    return wireName;
  }

  public Shape shape() {
    return shape;
  }

  /** +1 when item lines raise QtyOnHand, -1 when they lower it, 0 when they don't touch it. */
  public int stockSign() {
    return stockSign;
  }

  public boolean voidable() {
    return voidable;
  }

  public boolean nameList() {
    return shape == Shape.NAME;
  }

  public boolean transaction() {
    return shape != Shape.NAME && shape != Shape.SETTINGS;
  }

  /** CDC does not serve TaxCode or TaxRate (reference §1.4). */
  public boolean inCdc() {
    return this != TAX_CODE && this != TAX_RATE;
  }

  /**
   * Not writable through the entity endpoints: tax rates are made by TaxService (TaxRate
   * reference), and the simulator keeps the company's Preferences and CompanyInfo fixed.
   */
  public boolean readOnly() {
    return this == TAX_RATE || shape == Shape.SETTINGS;
  }

  /** By wire name in any case: {@code salesreceipt}, {@code SalesReceipt}, {@code SALESRECEIPT}. */
  public static Optional<EntityKind> byName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (EntityKind kind : values()) {
      if (kind.wireName.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
