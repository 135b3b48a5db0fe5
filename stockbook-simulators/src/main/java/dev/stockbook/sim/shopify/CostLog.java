package dev.stockbook.sim.shopify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The calculated cost of every GraphQL operation the simulator answered, in order, as its {@code
 * extensions.cost} said: what benchmarks read to report points beside requests. Thread-safe.
 */
public final class CostLog {
  /**
   * One answered operation.
   *
   * @param at when (simulator clock)
   * @param mutation whether it was a mutation
   * @param fields its top-level fields ({@code inventorySetQuantities}, {@code productVariants}...)
   * @param requested the requested cost, taken from the bucket up front
   * @param actual the actual cost charged, or null when nothing ran (throttled, too expensive)
   * @param throttled whether it was answered THROTTLED
   */
  public record Entry(
      Instant at,
      boolean mutation,
      List<String> fields,
      int requested,
      Integer actual,
      boolean throttled) {
    public Entry {
      fields = List.copyOf(fields);
    }

    /** The points it cost: the actual cost, 0 when nothing ran. */
    public int charged() {
      return actual == null ? 0 : actual;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  public synchronized void add(Entry entry) {
    entries.add(entry);
  }

  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  public synchronized int size() {
    return entries.size();
  }

  public synchronized void clear() {
    entries.clear();
  }
}
