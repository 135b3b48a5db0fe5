package dev.stockbook.core.engine.stock;

import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.state.CursorRepository.Cursor;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the other stores of the company had sold (and QuickBooks not yet seen) of each item, as this
 * connection last published it. An item whose part has changed since (another store took an order,
 * or one it had taken was posted, cancelled or set aside) is published again in the next pass
 * although QuickBooks did not change it: that is how a sale one store parked reaches the others,
 * and how they come back up when such a sale goes away unposted.
 *
 * <p>Kept in the connection's cursor {@value #CURSOR} ({@code item=quantity} lines), so every node
 * that runs the connection starts from the same memory.
 */
final class OtherStoresSales {
  static final String CURSOR = "stock.otherStores";

  private final SyncContext ctx;
  private final Map<String, BigDecimal> published;
  private final long version;
  private boolean changed;
  private PendingQuantities lastSeen;

  private OtherStoresSales(SyncContext ctx, Map<String, BigDecimal> published, long version) {
    this.ctx = ctx;
    this.published = published;
    this.version = version;
  }

  static OtherStoresSales load(SyncContext ctx) {
    Optional<Cursor> cursor = ctx.state().cursors().get(ctx.connection(), CURSOR);
    Map<String, BigDecimal> published = new TreeMap<>();
    cursor.ifPresent(c -> parse(c.value(), published));
    return new OtherStoresSales(ctx, published, cursor.map(Cursor::version).orElse(0L));
  }

  /** Whether there is anything to look at: another store on the company, or a part published. */
  boolean relevant() {
    return !ctx.settings().sameCompany().isEmpty() || !published.isEmpty();
  }

  /** The items whose other-stores part in {@code now} differs from what was published. */
  Set<String> changedItems(PendingQuantities now) {
    lastSeen = now;
    Set<String> items = new HashSet<>(published.keySet());
    items.addAll(now.otherStoresItems());
    items.removeIf(item -> now.ofOtherStores(item).compareTo(publishedOf(item)) == 0);
    return items;
  }

  /** Records that the items were just planned with {@code used}. */
  void published(Collection<String> items, PendingQuantities used) {
    for (String item : items) {
      BigDecimal part = used.ofOtherStores(item);
      BigDecimal before = part.signum() == 0 ? published.remove(item) : published.put(item, part);
      changed |= before == null ? part.signum() != 0 : before.compareTo(part) != 0;
    }
  }

  /**
   * Records the items of the last {@link #changedItems} that this store has nothing published for
   * (no tracked SKU bound to them): there is nothing to write, and they are not changes any more.
   */
  void nothingToPublish(Collection<String> items) {
    if (lastSeen != null) {
      published(items, lastSeen);
    }
  }

  /** After a sweep, which planned every item: the memory is {@code used}'s part, whole. */
  void publishedAll(PendingQuantities used) {
    Set<String> items = new HashSet<>(published.keySet());
    items.addAll(used.otherStoresItems());
    published(items, used);
  }

  /** Saves the memory if it changed; a concurrent save elsewhere wins (the next pass corrects). */
  void save() {
    if (changed) {
      ctx.state().cursors().compareAndSet(ctx.connection(), CURSOR, version, format());
    }
  }

  private BigDecimal publishedOf(String item) {
    return published.getOrDefault(item, BigDecimal.ZERO);
  }

  private String format() {
    StringBuilder out = new StringBuilder();
    published.forEach(
        (item, qty) -> out.append(item).append('=').append(qty.toPlainString()).append('\n'));
    return out.toString();
  }

  private static void parse(String value, Map<String, BigDecimal> into) {
    for (String line : value.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        into.put(line.substring(0, eq), new BigDecimal(line.substring(eq + 1).trim()));
      }
    }
  }
}
