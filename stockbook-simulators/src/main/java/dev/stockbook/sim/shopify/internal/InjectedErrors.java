package dev.stockbook.sim.shopify.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** userErrors a test asked for: the next calls of a mutation fail with them, changing nothing. */
public final class InjectedErrors {
  /** One injected error. */
  public record Injected(String code, String message, List<String> field) {}

  private final Map<String, Deque<Injected>> next = new HashMap<>();

  public synchronized void add(String mutation, Injected error, int times) {
    Deque<Injected> queue = next.computeIfAbsent(mutation, k -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.add(error);
    }
  }

  public synchronized Optional<Injected> take(String mutation) {
    Deque<Injected> queue = next.get(mutation);
    return queue == null ? Optional.empty() : Optional.ofNullable(queue.poll());
  }

  public synchronized void clear() {
    next.clear();
  }
}
