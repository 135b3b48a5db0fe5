package dev.stockbook.core.engine;

import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.StoreConnectorFactory;
import dev.stockbook.store.StoreOrder;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which orders are sales, the one place that decides it: an order whose lifecycle state is among
 * {@code states}, or whose store status word is among {@code statusWords} (a status of the store's
 * own, such as a plugin's), and every refunded order (it was a sale before it was refunded).
 *
 * @param states lifecycle states that mean sold
 * @param statusWords store status words that mean sold although no state names them
 */
public record SoldRule(Set<OrderLifecycle> states, Set<String> statusWords) {

  public SoldRule {
    states = Set.copyOf(states);
    statusWords = Set.copyOf(statusWords);
  }

  /** Paid and fulfilled orders, and those on hold: what a merchant means by a sale. */
  public static SoldRule standard() {
    return new SoldRule(
        EnumSet.of(OrderLifecycle.PAID, OrderLifecycle.FULFILLED, OrderLifecycle.ON_HOLD),
        Set.of());
  }

  /**
   * From configuration words: a lifecycle state's name ({@code paid}), a status word the store's
   * connector knows (a store's own word for paid, say), or any other status word of the store's
   * own, matched as written.
   */
  public static SoldRule of(List<String> words, StoreConnectorFactory store) {
    Set<OrderLifecycle> states = EnumSet.noneOf(OrderLifecycle.class);
    Set<String> statusWords = new HashSet<>();
    for (String word : words) {
      var known = OrderLifecycle.fromConfigName(word).or(() -> store.lifecycleOf(word));
      if (known.isPresent() && known.get() != OrderLifecycle.OTHER) {
        states.add(known.get());
      } else {
        statusWords.add(word);
      }
    }
    return new SoldRule(states, statusWords);
  }

  /** Whether the order is a sale to post. */
  public boolean sells(StoreOrder order) {
    return order.lifecycle() == OrderLifecycle.REFUNDED
        || states.contains(order.lifecycle())
        || statusWords.contains(order.status());
  }

  /** Whether the order was cancelled or deleted: a posted sale is voided. */
  public static boolean cancels(StoreOrder order) {
    return order.lifecycle().cancels();
  }
}
