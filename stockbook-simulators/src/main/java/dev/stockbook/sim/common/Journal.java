package dev.stockbook.sim.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every request a simulator answered, in order: what benchmarks and counting tests read (also over
 * HTTP at {@code GET /_sim/journal}). Thread-safe.
 */
public final class Journal {

  /**
   * One answered request.
   *
   * @param at when it arrived (simulator clock)
   * @param method HTTP method
   * @param path path without query string
   * @param query raw query string or empty
   * @param status status sent, or 0 when the connection was cut without an answer
   * @param latencyMillis wall time spent answering
   * @param fault the injected fault kind, or empty
   */
  public record Entry(
      Instant at,
      String method,
      String path,
      String query,
      int status,
      long latencyMillis,
      String fault) {}

  private final List<Entry> entries = new ArrayList<>();

  public synchronized void add(Entry entry) {
    entries.add(entry);
  }

  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  public synchronized long count(Predicate<Entry> filter) {
    return entries.stream().filter(filter).count();
  }

  public synchronized void clear() {
    entries.clear();
  }
}
