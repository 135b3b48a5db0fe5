package dev.stockbook.core.engine.items;

import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.books.MatchRule;
import dev.stockbook.core.books.NewItem;
import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.core.engine.ConnectionSettings.UnmatchedSku.Policy;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.documents.GiftCards;
import dev.stockbook.core.engine.documents.Money;
import dev.stockbook.core.engine.stock.PendingQuantities;
import dev.stockbook.core.state.Binding;
import dev.stockbook.core.state.StockRecord;
import dev.stockbook.store.StoreOrder.OrderLine;
import dev.stockbook.store.StoreProduct;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the QuickBooks item of each store SKU: the stored binding first, then one batched lookup by
 * the match rule for all the SKUs still unknown, then the connection's unmatched-SKU policy (create
 * the item with the store's quantity, hold, or a fallback item). Every SKU it resolves is bound, so
 * the next order costs no lookup.
 */
public final class ItemResolver {
  private final SyncContext ctx;
  private final Map<String, String> named = new HashMap<>();

  public ItemResolver(SyncContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Item ids by SKU for the given lines; SKUs it cannot resolve are left out. Gift card SKUs go to
   * the gift card item, never bound or created as items of their own.
   */
  public Map<String, String> resolve(Collection<OrderLine> lines) {
    Map<String, OrderLine> bySku = new LinkedHashMap<>();
    Map<String, String> ids = new HashMap<>();
    GiftCards cards = ctx.settings().bookkeeping().giftCards();
    for (OrderLine l : lines) {
      if (cards.isGiftCard(l.sku())) {
        ids.put(l.sku(), giftCardItem());
      } else if (l.sku() != null && !l.sku().isEmpty()) {
        bySku.putIfAbsent(l.sku(), l);
      }
    }
    List<String> unknown = new ArrayList<>();
    for (String sku : bySku.keySet()) {
      ctx.state()
          .bindings()
          .find(ctx.connection(), sku)
          .ifPresentOrElse(b -> ids.put(sku, b.booksItemId()), () -> unknown.add(sku));
    }
    if (unknown.isEmpty()) {
      return ids;
    }
    MatchRule rule = ctx.settings().matchRule();
    for (BooksItem item : ctx.books().findItems(rule, unknown)) {
      String sku = rule.keyOf(item);
      if (bySku.containsKey(sku) && !ids.containsKey(sku)) {
        bind(bySku.get(sku), item, Binding.Origin.MATCHED);
        ids.put(sku, item.id());
      }
    }
    List<String> missing = unknown.stream().filter(s -> !ids.containsKey(s)).toList();
    if (!missing.isEmpty()) {
      applyPolicy(missing, bySku, ids);
    }
    return ids;
  }

  private void applyPolicy(
      List<String> missing, Map<String, OrderLine> bySku, Map<String, String> ids) {
    Policy policy = ctx.settings().unmatched().policy();
    if (policy == Policy.HOLD) {
      return;
    }
    if (policy == Policy.FALLBACK) {
      String fallback = namedItem(ctx.settings().unmatched().fallbackItem());
      missing.forEach(sku -> ids.put(sku, fallback));
      return;
    }
    Map<String, StoreProduct> products = new HashMap<>();
    ctx.store().productsBySku(missing).forEach(p -> products.put(p.sku(), p));
    // read only here, when an item is created: every other resolve needs no pending quantities
    PendingQuantities pending = PendingQuantities.load(ctx);
    for (String sku : missing) {
      try {
        BooksItem created =
            create(
                bySku.get(sku),
                products.get(sku),
                pending.of(sku),
                policy == Policy.CREATE_INVENTORY);
        bind(bySku.get(sku), created, Binding.Origin.CREATED);
        ids.put(sku, created.id());
      } catch (PermanentBooksException refused) {
        // e.g. an inactive item holds the name: only the orders of this SKU wait (unresolved,
        // they are parked "SKU ... has no QuickBooks item") until an operator maps it
      }
    }
  }

  /**
   * Creates the item. Its initial quantity is what the store shows plus what the store already took
   * for orders QuickBooks has not seen (they are posted right after and bring QuickBooks down to
   * the store's number), so the first stock push changes nothing in the store.
   */
  private BooksItem create(
      OrderLine line, StoreProduct product, BigDecimal pendingQty, boolean inventory) {
    boolean tracked =
        inventory && product != null && product.managesStock() && product.stockQuantity() != null;
    BigDecimal onHand =
        tracked ? BigDecimal.valueOf(product.stockQuantity()).add(pendingQty) : null;
    BigDecimal price = Money.exactUnitPrice(line.subtotal(), line.quantity());
    NewItem item =
        new NewItem(
            line.sku(),
            line.sku(),
            line.name(),
            tracked,
            onHand,
            LocalDate.ofInstant(ctx.clock().instant(), ZoneOffset.UTC),
            price == null ? BigDecimal.ZERO : price,
            ctx.settings().itemAccounts(),
            ctx.keys().item(line.sku()));
    BooksItem created = ctx.books().createItem(item);
    if (tracked) {
      ctx.state()
          .stock()
          .save(
              new StockRecord(
                  ctx.connection(),
                  line.sku(),
                  onHand.longValue(),
                  null,
                  product.stockQuantity(),
                  ctx.clock().instant(),
                  dev.stockbook.core.state.StockStatus.CREATED,
                  null));
    }
    return created;
  }

  private void bind(OrderLine line, BooksItem item, Binding.Origin origin) {
    ctx.state()
        .bindings()
        .save(
            new Binding(
                ctx.connection(),
                line.sku(),
                item.id(),
                null, // the store product is bound when its stock is first published
                item.isInventory(),
                origin));
  }

  /** The gift card item, created when absent with the gift card liability as income account. */
  public String giftCardItem() {
    GiftCards cards = ctx.settings().bookkeeping().giftCards();
    NewItem.ItemAccounts own = ctx.settings().itemAccounts();
    return namedItem(
        cards.item(), new NewItem.ItemAccounts(cards.account(), own.asset(), own.expense()));
  }

  /** The gateway fee item, created when absent on the gateway fee expense account. */
  public String gatewayFeeItem() {
    var fees = ctx.settings().bookkeeping().gatewayFees();
    NewItem.ItemAccounts own = ctx.settings().itemAccounts();
    return namedItem(
        fees.item(), new NewItem.ItemAccounts(fees.account(), own.asset(), own.expense()));
  }

  /** The id of an item named {@code name}, created as a non-inventory item when absent. */
  public String namedItem(String name) {
    return namedItem(name, ctx.settings().itemAccounts());
  }

  private String namedItem(String name, NewItem.ItemAccounts accounts) {
    return named.computeIfAbsent(
        name,
        n -> {
          Optional<BooksItem> found =
              ctx.books().findItems(MatchRule.NAME, List.of(n)).stream().findFirst();
          return found
              .orElseGet(
                  () ->
                      ctx.books()
                          .createItem(
                              new NewItem(
                                  n,
                                  null,
                                  n,
                                  false,
                                  null,
                                  null,
                                  BigDecimal.ZERO,
                                  accounts,
                                  ctx.keys().item("named:" + n))))
              .id();
        });
  }
}
