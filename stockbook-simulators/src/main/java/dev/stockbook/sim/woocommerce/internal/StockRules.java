package dev.stockbook.sim.woocommerce.internal;

/** Pure stock-status rules (wc-stock-functions.php, abstract-wc-product.php). */
public final class StockRules {
  private StockRules() {}

  /** The status a managed product gets from its quantity and backorder setting. */
  public static String statusFor(long quantity, String backorders) {
    if (quantity > 0) {
      return "instock";
    }
    return "no".equals(backorders) ? "outofstock" : "onbackorder";
  }

  /** Grouped and external products never manage stock. */
  public static boolean canManageStock(String type) {
    return !"grouped".equals(type) && !"external".equals(type);
  }
}
