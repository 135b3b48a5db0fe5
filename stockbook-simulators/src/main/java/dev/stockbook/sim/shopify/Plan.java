package dev.stockbook.sim.shopify;

/**
 * A store's plan, which sets the GraphQL Admin API bucket: points restored per second
 * (shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits) and bucket size. The page gives the
 * restore rates only; the sizes are 20 seconds' worth of restore, the ratio of Shopify's earlier
 * published pairs (1,000/50 standard, 2,000/100 Plus).
 */
public enum Plan {
  STANDARD("Basic", 100),
  ADVANCED("Advanced", 200),
  PLUS("Shopify Plus", 1000),
  ENTERPRISE("Commerce Components", 2000);

  private final String displayName;
  private final int restoreRate;

  Plan(String displayName, int restoreRate) {
    this.displayName = displayName;
    this.restoreRate = restoreRate;
  }

  public String displayName() {
    return displayName;
  }

  /** Points restored per second. */
  public int restoreRate() {
    return restoreRate;
  }

  /** Points the bucket holds: 20 seconds of restore. */
  public int bucketSize() {
    return restoreRate * 20;
  }
}
