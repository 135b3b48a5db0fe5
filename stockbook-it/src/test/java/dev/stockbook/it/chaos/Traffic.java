package dev.stockbook.it.chaos;

import dev.stockbook.demo.Bookkeeper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The people around the sync, seeded: shoppers placing, cancelling and refunding orders in the
 * store, and a bookkeeper adjusting stock in QuickBooks. A bookkeeper request that meets an
 * injected fault is given up (the checker reads QuickBooks' final quantities, so whether it landed
 * does not matter).
 */
final class Traffic {
  static final List<String> QUICKBOOKS_ITEMS = List.of("redwine", "whitewine", "TEE-S", "TEE-M");

  private final Random random;
  private final ChaosStore store;
  private final Bookkeeper bookkeeper;
  private final List<Long> open = new ArrayList<>();
  private final List<Long> unrefunded = new ArrayList<>();
  private final Map<Long, List<ChaosStore.Line>> lines = new HashMap<>();
  int placed;
  int cancelled;
  int refunded;
  int adjusted;
  int bookkeeperFaults;
  int refused;

  Traffic(long seed, ChaosStore store, Bookkeeper bookkeeper) {
    this.random = new Random(seed);
    this.store = store;
    this.bookkeeper = bookkeeper;
  }

  /** One to three things happen. */
  void act() {
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      int pick = random.nextInt(10);
      if (pick < 6 || open.isEmpty()) {
        place();
      } else if (pick == 6 && !unrefunded.isEmpty()) {
        cancel();
      } else if (pick < 9) {
        refund();
      } else {
        adjust();
      }
    }
  }

  private void place() {
    List<ChaosStore.Line> cart = new ArrayList<>();
    List<String> skus = store.skus();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      String sku = skus.get(random.nextInt(skus.size()));
      if (cart.stream().noneMatch(l -> l.sku().equals(sku))) {
        cart.add(new ChaosStore.Line(sku, 1 + random.nextInt(3)));
      }
    }
    long id;
    try {
      id = store.place(cart);
    } catch (IllegalStateException soldOut) {
      refused++; // a store that denies overselling (Shopify's default) refused the checkout
      return;
    }
    open.add(id);
    unrefunded.add(id);
    lines.put(id, cart);
    placed++;
  }

  /** Cancels an order nobody refunded yet (the shopper changed their mind). */
  private void cancel() {
    Long id = unrefunded.remove(random.nextInt(unrefunded.size()));
    open.remove(id);
    store.cancel(id);
    cancelled++;
  }

  /** Refunds one unit of one line, keeping the order open for more. */
  private void refund() {
    Long id = open.get(random.nextInt(open.size()));
    unrefunded.remove(id);
    List<ChaosStore.Line> cart = lines.get(id);
    int at = random.nextInt(cart.size());
    ChaosStore.Line line = cart.get(at);
    store.refund(id, line.sku());
    refunded++;
    if (line.quantity() == 1) {
      cart.remove(at);
    } else {
      cart.set(at, new ChaosStore.Line(line.sku(), line.quantity() - 1));
    }
    if (cart.isEmpty()) {
      open.remove(id);
    }
  }

  private void adjust() {
    String item = QUICKBOOKS_ITEMS.get(random.nextInt(QUICKBOOKS_ITEMS.size()));
    try {
      bookkeeper.adjust(item, 1 + random.nextInt(12));
      adjusted++;
    } catch (RuntimeException e) {
      bookkeeperFaults++;
    }
  }

  String summary() {
    return placed
        + " orders placed, "
        + cancelled
        + " cancelled, "
        + refunded
        + " refunds, "
        + adjusted
        + " bookkeeper adjustments ("
        + bookkeeperFaults
        + " more hit a fault)"
        + (refused > 0 ? ", " + refused + " checkouts refused for want of stock" : "");
  }
}
