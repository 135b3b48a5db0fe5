package dev.stockbook.core.engine.stock;

import dev.stockbook.store.StockWriteResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The store writes of one publishing pass, each on its way on a thread of its own so that the pass
 * can plan the next while an earlier one is still with the store (a WooCommerce batch takes about a
 * second). Which SKUs are on their way is known, so that the pass never sends a second write of a
 * SKU before the first has landed and been recorded: two writes of one SKU never cross. Closing
 * waits for every write; a pass never leaves one behind.
 *
 * <p>Written by hand: an executor and the futures it returns are all it needs; what it adds is the
 * per-SKU bookkeeping, which is the publisher's own.
 */
final class OverlappingWrites implements AutoCloseable {
  private final StockWrites writes;
  private final ExecutorService executor;
  private final Map<String, Future<List<StockWriteResult>>> bySku = new HashMap<>();
  private final List<Future<List<StockWriteResult>>> all = new ArrayList<>();

  OverlappingWrites(StockWrites writes, String connection) {
    this.writes = writes;
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "stock-write-" + connection);
              t.setDaemon(true);
              return t;
            });
  }

  /** Sends {@code planned} as one write, on its way as soon as this returns. */
  void send(List<PlannedWrite> planned) {
    if (planned.isEmpty()) {
      return;
    }
    Future<List<StockWriteResult>> write = executor.submit(() -> writes.write(planned));
    all.add(write);
    planned.forEach(p -> bySku.put(p.sku(), write));
  }

  /** Whether a write of {@code sku} is still with the store (or not yet recorded). */
  boolean onItsWay(String sku) {
    Future<?> write = bySku.get(sku);
    return write != null && !write.isDone();
  }

  boolean busy() {
    return all.stream().anyMatch(f -> !f.isDone());
  }

  /** Waits up to {@code at most} for the earliest write still on its way to land. */
  void awaitSome(Duration atMost) {
    for (Future<List<StockWriteResult>> f : all) {
      if (!f.isDone()) {
        try {
          f.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
          // still on its way, or failed: finish() reports a failure
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
    }
  }

  /** Waits for every write; the results of all of them. A write that threw is thrown here. */
  List<StockWriteResult> finish() {
    List<StockWriteResult> results = new ArrayList<>();
    RuntimeException failure = null;
    for (Future<List<StockWriteResult>> f : all) {
      try {
        results.addAll(f.get());
      } catch (ExecutionException e) {
        failure = failure != null ? failure : unwrapped(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = failure != null ? failure : new IllegalStateException("interrupted", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return results;
  }

  private static RuntimeException unwrapped(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(cause);
  }

  /** Waits for every write still on its way, then lets the threads go. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      while (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
        // a store write has its own timeout; wait it out rather than leave it behind
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
