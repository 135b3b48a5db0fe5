package dev.stockbook.core.engine;

import dev.stockbook.core.books.MatchRule;
import dev.stockbook.core.books.NewItem;
import dev.stockbook.core.engine.documents.Bookkeeping;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * How one connection (a QuickBooks company plus a store) is synced. Built from the declared
 * configuration ({@link ConnectionConfig}); every field has a default a merchant would expect.
 *
 * @param name the connection's name (unique)
 * @param storeName the store's type name for notes and messages ({@code store.type})
 * @param matchRule how store SKUs are matched to QuickBooks items
 * @param sold which orders are sales (posted to QuickBooks)
 * @param documents which document a sale becomes
 * @param docNumberPrefix prefix of QuickBooks document numbers (prefix + order number ≤ 21)
 * @param customer which customer sales are posted to
 * @param unmatched what to do with a SKU QuickBooks lacks
 * @param itemAccounts accounts of items Stockbook creates
 * @param depositAccounts store payment method → deposit account name ({@code *} = default)
 * @param currency the QuickBooks company's currency
 * @param batchSize documents per QuickBooks batch request (≤ 30)
 * @param orderOverlap how far before the order cursor each read starts (late commits, skew)
 * @param firstOrderLookback how far back the first read of a new connection goes
 * @param safetyBuffer quantity held back from the store for every SKU
 * @param skuBuffers per-SKU safety buffers
 * @param floorAtZero never publish a negative quantity
 * @param excludedSkus SKUs whose stock is never published
 * @param sweepInterval how often all items are re-read and compared (the full sweep)
 * @param feeItem the QuickBooks item store fees are posted to
 * @param refundItem the QuickBooks item for refunds without lines or without restock
 * @param bookkeeping tax codes, currencies, classes and locations, gift cards, bundles, summaries
 * @param sameCompany the other connections whose store sells from the same QuickBooks company: what
 *     they have sold and QuickBooks has not yet seen is held back here too
 */
public record ConnectionSettings(
    String name,
    String storeName,
    MatchRule matchRule,
    SoldRule sold,
    DocumentRule documents,
    String docNumberPrefix,
    CustomerRule customer,
    UnmatchedSku unmatched,
    NewItem.ItemAccounts itemAccounts,
    Map<String, String> depositAccounts,
    String currency,
    int batchSize,
    Duration orderOverlap,
    Duration firstOrderLookback,
    long safetyBuffer,
    Map<String, Long> skuBuffers,
    boolean floorAtZero,
    Set<String> excludedSkus,
    Duration sweepInterval,
    String feeItem,
    String refundItem,
    Bookkeeping bookkeeping,
    Set<String> sameCompany) {

  public ConnectionSettings {
    sameCompany = Set.copyOf(sameCompany);
    depositAccounts = Map.copyOf(depositAccounts);
    skuBuffers = Map.copyOf(skuBuffers);
    excludedSkus = Set.copyOf(excludedSkus);
    bookkeeping = bookkeeping == null ? Bookkeeping.defaults() : bookkeeping;
  }

  /** Which document type a sale becomes. */
  public enum DocumentRule {
    /** Paid orders become sales receipts, unpaid ones invoices. */
    AUTO,
    SALES_RECEIPT,
    INVOICE
  }

  /**
   * Which customer a sale is posted to.
   *
   * @param matchByEmail false: always the single {@code webStoreCustomer}; true: the buyer, found
   *     by email or created
   * @param webStoreCustomer display name of the shared customer
   */
  public record CustomerRule(boolean matchByEmail, String webStoreCustomer) {}

  /**
   * What to do when QuickBooks has no item for a store SKU.
   *
   * @param policy the policy
   * @param fallbackItem for {@link Policy#FALLBACK}: the item name to post such lines to
   */
  public record UnmatchedSku(Policy policy, String fallbackItem) {
    public enum Policy {
      /** Create an inventory item with the store's quantity as its initial quantity on hand. */
      CREATE_INVENTORY,
      /** Create a non-inventory item. */
      CREATE_NON_INVENTORY,
      /** Hold the order until an operator maps the SKU. */
      HOLD,
      /** Post the line to one fallback item. */
      FALLBACK
    }
  }

  /** Defaults for a connection named {@code name}. */
  public static ConnectionSettings defaults(String name) {
    return new ConnectionSettings(
        name,
        "store",
        MatchRule.NAME,
        SoldRule.standard(),
        DocumentRule.AUTO,
        "WEB-",
        new CustomerRule(false, "Web Store"),
        new UnmatchedSku(UnmatchedSku.Policy.CREATE_INVENTORY, null),
        new NewItem.ItemAccounts(
            "Sales of Product Income", "Inventory Asset", "Cost of Goods Sold"),
        Map.of("*", "Undeposited Funds"),
        "USD",
        30,
        Duration.ofMinutes(10),
        Duration.ofDays(1),
        0,
        Map.of(),
        true,
        Set.of(),
        Duration.ofDays(1),
        "Fees",
        "Store refunds",
        Bookkeeping.defaults(),
        Set.of());
  }

  /** Whether the order is a sale to post. */
  public boolean sells(dev.stockbook.store.StoreOrder order) {
    return sold.sells(order);
  }

  /** The safety buffer for {@code sku}. */
  public long bufferFor(String sku) {
    return skuBuffers.getOrDefault(sku, safetyBuffer);
  }

  /** The deposit account for a store payment method. */
  public String depositAccountFor(String paymentMethod) {
    return depositAccounts.getOrDefault(paymentMethod, depositAccounts.get("*"));
  }

  public ConnectionSettings withUnmatched(UnmatchedSku rule) {
    return with(rule, firstOrderLookback, bookkeeping, sameCompany);
  }

  public ConnectionSettings withBookkeeping(Bookkeeping rules) {
    return with(unmatched, firstOrderLookback, rules, sameCompany);
  }

  public ConnectionSettings withFirstOrderLookback(Duration lookback) {
    return with(unmatched, lookback, bookkeeping, sameCompany);
  }

  /** These settings for a connection that shares its QuickBooks company with {@code others}. */
  public ConnectionSettings withSameCompany(Set<String> others) {
    return with(unmatched, firstOrderLookback, bookkeeping, others);
  }

  /** A copy with the fields the withers above change; the rest as they are. */
  private ConnectionSettings with(
      UnmatchedSku newUnmatched,
      Duration newLookback,
      Bookkeeping newBookkeeping,
      Set<String> newSameCompany) {
    return new ConnectionSettings(
        name,
        storeName,
        matchRule,
        sold,
        documents,
        docNumberPrefix,
        customer,
        newUnmatched,
        itemAccounts,
        depositAccounts,
        currency,
        batchSize,
        orderOverlap,
        newLookback,
        safetyBuffer,
        skuBuffers,
        floorAtZero,
        excludedSkus,
        sweepInterval,
        feeItem,
        refundItem,
        newBookkeeping,
        newSameCompany);
  }
}
