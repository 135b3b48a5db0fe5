package dev.stockbook.shopify.internal;

/**
 * Page sizes that keep every read under {@link #PAGE_BUDGET} calculated points
 * (shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits). Shopify works the cost out before
 * running a query: an object costs 1, a scalar 0, and a connection 2 plus its page size times one
 * node's cost, so nested page sizes multiply. It takes that requested cost from the app's bucket up
 * front and answers THROTTLED, running nothing, while the bucket holds less; the difference to the
 * actual cost comes back afterwards. So what a query asks for, not what it spends, decides whether
 * it runs when the bucket is low.
 *
 * <p>Shopify's own cap on one query is 1,000 points, but a listing that asks for close to that is
 * throttled whenever the shop's bucket is below it: on the Standard plan (100 points a second)
 * steady polling with orders coming in keeps the bucket under 1,000, and such a listing then fails
 * turn after turn. Every read here asks for at most 300 points, three seconds of the Standard
 * plan's restore: a listing waits at most that long for an empty bucket.
 *
 * <p>The node costs below are worked out by hand from the fragments in {@code graphql/}, counting
 * each {@code pageInfo} as one object (which Shopify may or may not charge, so they err high); the
 * simulator's cost, which follows Shopify's rules, is checked against them by {@code
 * ShopifyTurnsIT}.
 */
final class QueryBudget {
  /** What one query of the connector may ask for. */
  static final int PAGE_BUDGET = 300;

  /** Shopify's own limit on one query. */
  static final int MAX_QUERY_COST = 1000;

  /**
   * Shipping lines, order lines and refund lines read with the order: what most orders have. An
   * order with more has the rest read by {@link OrderCompleter}, a page at a time.
   */
  static final int SHIPPING_LINES = 1;

  static final int LINES = 5;
  static final int REFUND_LINES = 2;

  /** One ShippingFields, LineFields and RefundLineFields node. */
  static final int SHIPPING_NODE = 6;

  static final int LINE_NODE = 11;
  static final int REFUND_LINE_NODE = 6;

  /**
   * One OrderFields node: the order, customer and billing address (3), three MoneyBags (6), the
   * shipping lines (3 + 6 each), the lines (3 + 11 each) and the refunds (1 + 2 + 3 + 6 a line).
   */
  static final int ORDER_NODE =
      21 + SHIPPING_NODE * SHIPPING_LINES + LINE_NODE * LINES + REFUND_LINE_NODE * REFUND_LINES;

  /** One VariantFields node: variant, product, inventory item, level, quantities. */
  static final int VARIANT_NODE = 5;

  /** Per SKU looked up: one aliased connection of two variants. */
  static final int VARIANTS_PER_SKU = 2;

  static final int SKUS_PER_QUERY = PAGE_BUDGET / (3 + VARIANTS_PER_SKU * VARIANT_NODE);

  private QueryBudget() {}

  /** Orders per page: what the merchant asked for, cut to the budget. */
  static int ordersPerPage(int pageSize) {
    return Math.max(1, Math.min(pageSize, (PAGE_BUDGET - 3) / ORDER_NODE));
  }

  static int variantsPerPage(int pageSize) {
    return Math.max(1, Math.min(pageSize, (PAGE_BUDGET - 3) / VARIANT_NODE));
  }

  /**
   * Page size of the follow-up reads of one order's (or refund's) further lines, {@code node(id:) {
   * ... { lines(first:) } } }: the node, the connection and its pageInfo, then the lines.
   */
  static int morePerPage(int nodeCost) {
    return Math.min(ShopifyOptions.MAX_PAGE, (PAGE_BUDGET - 4) / nodeCost);
  }
}
