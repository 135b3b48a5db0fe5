package dev.stockbook.shopify.internal;

/**
 * Page sizes that keep every query under Shopify's single-query limit of 1,000 calculated points
 * (shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits). Shopify works the cost out before
 * running a query: an object costs 1, a scalar 0, and a connection 2 plus its page size times one
 * node's cost, so nested page sizes multiply. The node costs below are worked out by hand from the
 * fragments in {@code graphql/} (counting each {@code pageInfo} as one object, which Shopify may or
 * may not charge); {@code ShopifyQueryCostIT} checks them against the simulator.
 */
final class QueryBudget {
  static final int MAX_QUERY_COST = 1000;

  /** Shipping lines, order lines and refund lines read with the order; the rest come after. */
  static final int SHIPPING_LINES = 2;

  static final int LINES = 5;
  static final int REFUND_LINES = 5;

  /** Page size of the follow-up reads of an order's further lines. */
  static final int MORE_LINES = 50;

  /**
   * One OrderFields node: the order, customer and billing address (3), three MoneyBags (6), the
   * shipping lines (3 + 6 each), the lines (3 + 11 each) and the refunds (1 + 2 + 3 + 6 a line).
   */
  static final int ORDER_NODE = 21 + 6 * SHIPPING_LINES + 11 * LINES + 6 * REFUND_LINES;

  /** One VariantFields node: variant, product, inventory item, level, quantities. */
  static final int VARIANT_NODE = 5;

  /** Per SKU looked up: one aliased connection of two variants. */
  static final int VARIANTS_PER_SKU = 2;

  static final int SKUS_PER_QUERY = (MAX_QUERY_COST - 1) / (3 + VARIANTS_PER_SKU * VARIANT_NODE);

  private QueryBudget() {}

  /** Orders per page: what the merchant asked for, cut to what one query may cost. */
  static int ordersPerPage(int pageSize) {
    return Math.max(1, Math.min(pageSize, (MAX_QUERY_COST - 3) / ORDER_NODE));
  }

  static int variantsPerPage(int pageSize) {
    return Math.max(1, Math.min(pageSize, (MAX_QUERY_COST - 3) / VARIANT_NODE));
  }
}
