package dev.stockbook.core.engine.stock;

import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.state.Binding;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.StoreOrder;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Quantities sold but not yet seen by QuickBooks: the lines of orders waiting to be posted or
 * parked. Subtracted from QuickBooks' quantity on hand before publishing, so a store never shows
 * stock that is already sold. Two parts: this store's own orders, by SKU, and the orders of the
 * other stores on the same QuickBooks company ({@code ConnectionSettings.sameCompany}), by
 * QuickBooks item (their SKUs are theirs), so a sale one store could not get into QuickBooks
 * (parked, throttled, waiting for a summary) is held back from the others too.
 *
 * <p>Another store's order is posted by its own connection, maybe at the very moment this one reads
 * QuickBooks, so its part must be loaded <em>after</em> the items were read, and it leaves out
 * every order whose sale was on its way ({@code SENDING} or {@code UNCERTAIN} in the ledger, read
 * before the orders): an order still waiting then had not been sent when the items were read, so
 * QuickBooks' answer did not count it and subtracting it is right; an order sent or posted since
 * may or may not be in that answer and is left to QuickBooks' own quantity (the posting wakes this
 * connection again). A sale is never subtracted twice; at worst it shows one turn late, as it did
 * before the other stores were counted.
 */
public final class PendingQuantities {
  private static final EnumSet<OrderState> PENDING =
      EnumSet.of(OrderState.WAITING, OrderState.PARKED);

  private final Map<String, BigDecimal> bySku;
  private final Map<String, BigDecimal> otherStoresByItem;

  private PendingQuantities(
      Map<String, BigDecimal> bySku, Map<String, BigDecimal> otherStoresByItem) {
    this.bySku = bySku;
    this.otherStoresByItem = otherStoresByItem;
  }

  /** Both parts; see the class comment for when to call it. */
  public static PendingQuantities load(SyncContext ctx) {
    Map<String, BigDecimal> bySku = new HashMap<>();
    ctx.state()
        .orders()
        .inStates(ctx.connection(), PENDING)
        .forEach(order -> addLines(order, bySku));
    return new PendingQuantities(bySku, otherStores(ctx));
  }

  /** Only the other stores' part (to see what changed there; {@link #of(String)} is zero). */
  static PendingQuantities otherStoresOnly(SyncContext ctx) {
    return new PendingQuantities(Map.of(), otherStores(ctx));
  }

  /**
   * The other stores' part, by QuickBooks item id: the lines of their waiting and parked orders
   * whose sale was not on its way, through their own bindings.
   */
  private static Map<String, BigDecimal> otherStores(SyncContext ctx) {
    Map<String, BigDecimal> byItem = new HashMap<>();
    for (String other : ctx.settings().sameCompany()) {
      Set<String> onItsWay =
          ctx.state().postings().unresolved(other).stream()
              .map(Posting::orderId)
              .collect(Collectors.toSet());
      Map<String, BigDecimal> bySku = new HashMap<>();
      for (TrackedOrder order : ctx.state().orders().inStates(other, PENDING)) {
        if (!onItsWay.contains(order.orderId())) {
          addLines(order, bySku);
        }
      }
      if (!bySku.isEmpty()) {
        for (Binding b : ctx.state().bindings().forSkus(other, bySku.keySet())) {
          if (b.booksItemId() != null) {
            byItem.merge(b.booksItemId(), bySku.get(b.sku()), BigDecimal::add);
          }
        }
      }
    }
    return byItem;
  }

  private static void addLines(TrackedOrder order, Map<String, BigDecimal> bySku) {
    for (StoreOrder.OrderLine line : order.snapshot().lines()) {
      if (line.sku() != null && line.quantity() != null && line.quantity().signum() > 0) {
        bySku.merge(line.sku(), line.quantity(), BigDecimal::add);
      }
    }
  }

  /** What this store sold of {@code sku} that QuickBooks has not seen. */
  public BigDecimal of(String sku) {
    return bySku.getOrDefault(sku, BigDecimal.ZERO);
  }

  /** What every store of the company sold of the binding's item that QuickBooks has not seen. */
  public BigDecimal of(Binding binding) {
    return of(binding.sku()).add(ofOtherStores(binding.booksItemId()));
  }

  /** What the other stores of the company sold of the item that QuickBooks has not seen. */
  BigDecimal ofOtherStores(String booksItemId) {
    return booksItemId == null
        ? BigDecimal.ZERO
        : otherStoresByItem.getOrDefault(booksItemId, BigDecimal.ZERO);
  }

  /** The items the other stores' part holds something of. */
  Set<String> otherStoresItems() {
    return Set.copyOf(otherStoresByItem.keySet());
  }

  Map<String, BigDecimal> all() {
    return Map.copyOf(bySku);
  }
}
