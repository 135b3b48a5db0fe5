package dev.stockbook.testkit;

import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.StoreConnectorFactory;
import dev.stockbook.store.StoreSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One store a contract run talks to (a simulator, a real store), and the means to act in it as a
 * shopper and a merchant do, through the store's own API and never through the connector under
 * test. Several runs may share one real store, so everything a case creates is named with {@link
 * #unique}.
 */
public interface StoreUnderTest extends AutoCloseable {

  /** The connector's factory. */
  StoreConnectorFactory factory();

  /** Settings that reach this store with working credentials. */
  StoreSettings settings();

  /** The same store with credentials the store refuses. */
  StoreSettings badCredentials();

  /**
   * The same store, with the connector reading at most {@code pageSize} orders a page where the
   * connector allows choosing (so paging is shown with few orders); {@code settings()} otherwise.
   */
  StoreSettings pagedBy(int pageSize);

  /** A name no other run uses: {@code stem} plus a run-unique suffix. */
  String unique(String stem);

  /** The store's clock (cursors are in its time), read from the store where it tells. */
  Instant now();

  /** Creates a simple product whose stock the store manages. */
  void createProduct(String sku, long stock, String price);

  /** Creates a product with variations (stock on each variation, none on the parent). */
  void createVariable(String parentSku, List<Variation> variations, String price);

  /** Deletes a product (for good, as a merchant emptying the bin does). */
  void deleteProduct(String sku);

  /** What the store's own admin shows for the SKU. */
  long stockOf(String sku);

  /** The merchant types a quantity in the store's admin. */
  void setStockInAdmin(String sku, long quantity);

  /** A shopper orders; {@code paid} pays at checkout. Returns the store's order id. */
  String placeOrder(List<Line> lines, boolean paid);

  /**
   * Orders that reach the store together, {@code count} of the same paid cart (an import, a bulk
   * action: many orders changed in one second where the store allows it, one after another where it
   * does not). Returns their ids.
   */
  default List<String> placeOrdersTogether(int count, List<Line> lines) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> placeOrder(lines, true))
        .toList();
  }

  /** The merchant moves the order along (paid, fulfilled, on hold, cancelled...). */
  void moveTo(String orderId, OrderLifecycle state);

  /**
   * The merchant refunds {@code quantity} of the order's line for {@code sku}; {@code restock}:
   * whether the goods go back to stock. Returns the store's refund id.
   */
  String refund(String orderId, String sku, long quantity, boolean restock);

  /**
   * A webhook delivery this store signed for one of its own order events, when the store sends
   * webhooks, with the secret it was signed with.
   */
  Optional<SignedDelivery> signedOrderDelivery(String orderId);

  /** Most stock quantities one write request takes, or 0 when the store sets no limit. */
  int stockWriteBatchLimit();

  @Override
  default void close() {}

  /** A variation to create: its SKU and stock. */
  record Variation(String sku, long stock) {}

  /** An order line to place. */
  record Line(String sku, long quantity) {}

  /** A delivery as the store sent it, and what it was signed with. */
  record SignedDelivery(java.util.Map<String, List<String>> headers, byte[] body, String secret) {}
}
