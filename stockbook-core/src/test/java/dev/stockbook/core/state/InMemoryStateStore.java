package dev.stockbook.core.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake state store for engine tests; passes the same contract suite as the real ones. */
public final class InMemoryStateStore implements StateStore {
  private final Map<String, TrackedOrder> orders = new LinkedHashMap<>();
  private final Map<String, Posting> postings = new LinkedHashMap<>();
  private final Map<String, Binding> bindings = new LinkedHashMap<>();
  private final Map<String, StockRecord> stock = new LinkedHashMap<>();
  private final Map<String, CursorRepository.Cursor> cursors = new LinkedHashMap<>();
  private final List<CycleRun> runs = new ArrayList<>();
  private final java.util.concurrent.atomic.AtomicLong bindingFinds =
      new java.util.concurrent.atomic.AtomicLong();

  /** How many single-SKU binding lookups were asked of this store: the cost tests count them. */
  public long bindingFinds() {
    return bindingFinds.get();
  }

  private static String id(String connection, String key) {
    return connection + "\u0000" + key;
  }

  @Override
  public OrderRepository orders() {
    return new OrderRepository() {
      @Override
      public Optional<TrackedOrder> find(String connection, String orderId) {
        synchronized (orders) {
          return Optional.ofNullable(orders.get(id(connection, orderId)));
        }
      }

      @Override
      public void save(TrackedOrder order) {
        synchronized (orders) {
          orders.put(id(order.connection(), order.orderId()), order);
        }
      }

      @Override
      public List<TrackedOrder> inStates(String connection, Collection<OrderState> states) {
        synchronized (orders) {
          return orders.values().stream()
              .filter(o -> o.connection().equals(connection) && states.contains(o.state()))
              .sorted(Comparator.comparing(TrackedOrder::firstSeenAt))
              .toList();
        }
      }

      @Override
      public List<TrackedOrder> byNumber(String connection, String numberOrId) {
        synchronized (orders) {
          return orders.values().stream()
              .filter(o -> o.connection().equals(connection))
              .filter(
                  o -> o.orderId().equals(numberOrId) || o.snapshot().number().equals(numberOrId))
              .toList();
        }
      }

      @Override
      public Map<OrderState, Long> countByState(String connection) {
        synchronized (orders) {
          Map<OrderState, Long> counts = new EnumMap<>(OrderState.class);
          orders.values().stream()
              .filter(o -> o.connection().equals(connection))
              .forEach(o -> counts.merge(o.state(), 1L, Long::sum));
          return counts;
        }
      }
    };
  }

  @Override
  public PostingRepository postings() {
    return new PostingRepository() {
      @Override
      public boolean begin(Posting posting) {
        synchronized (postings) {
          Posting existing = postings.get(posting.key());
          if (existing == null) {
            postings.put(posting.key(), posting);
            return true;
          }
          if (existing.state() != PostingState.NOT_APPLIED) {
            return false;
          }
          postings.put(
              posting.key(),
              new Posting(
                  existing.key(),
                  existing.connection(),
                  existing.orderId(),
                  existing.kind(),
                  PostingState.SENDING,
                  existing.booksId(),
                  existing.docNumber(),
                  existing.message(),
                  existing.attempts() + 1,
                  existing.createdAt(),
                  posting.updatedAt()));
          return true;
        }
      }

      @Override
      public void record(
          String key, PostingState state, String booksId, String message, Instant at) {
        synchronized (postings) {
          Posting p = postings.get(key);
          if (p == null) {
            throw new IllegalStateException("no posting " + key);
          }
          postings.put(
              key,
              new Posting(
                  p.key(),
                  p.connection(),
                  p.orderId(),
                  p.kind(),
                  state,
                  booksId != null ? booksId : p.booksId(),
                  p.docNumber(),
                  message,
                  p.attempts(),
                  p.createdAt(),
                  at));
        }
      }

      @Override
      public Optional<Posting> find(String key) {
        synchronized (postings) {
          return Optional.ofNullable(postings.get(key));
        }
      }

      @Override
      public List<Posting> unresolved(String connection) {
        synchronized (postings) {
          return postings.values().stream()
              .filter(p -> p.connection().equals(connection) && p.state().isUnresolved())
              .toList();
        }
      }

      @Override
      public List<Posting> inState(String connection, PostingState state) {
        synchronized (postings) {
          return postings.values().stream()
              .filter(p -> p.connection().equals(connection) && p.state() == state)
              .sorted(Comparator.comparing(Posting::createdAt))
              .toList();
        }
      }

      @Override
      public List<Posting> forOrder(String connection, String orderId) {
        synchronized (postings) {
          return postings.values().stream()
              .filter(p -> p.connection().equals(connection) && p.orderId().equals(orderId))
              .toList();
        }
      }
    };
  }

  @Override
  public BindingRepository bindings() {
    return new BindingRepository() {
      @Override
      public synchronized Optional<Binding> find(String connection, String sku) {
        bindingFinds.incrementAndGet();
        synchronized (bindings) {
          return Optional.ofNullable(bindings.get(id(connection, sku)));
        }
      }

      @Override
      public List<Binding> all(String connection) {
        synchronized (bindings) {
          return bindings.values().stream().filter(b -> b.connection().equals(connection)).toList();
        }
      }

      @Override
      public List<Binding> forSkus(String connection, java.util.Collection<String> skus) {
        return all(connection).stream()
            .filter(b -> skus.contains(b.sku()))
            .sorted(java.util.Comparator.comparing(Binding::sku))
            .toList();
      }

      @Override
      public List<Binding> forItems(String connection, java.util.Collection<String> itemIds) {
        return all(connection).stream()
            .filter(b -> itemIds.contains(b.booksItemId()))
            .sorted(java.util.Comparator.comparing(Binding::sku))
            .toList();
      }

      @Override
      public void save(Binding binding) {
        synchronized (bindings) {
          bindings.put(id(binding.connection(), binding.sku()), binding);
        }
      }

      @Override
      public void delete(String connection, String sku) {
        synchronized (bindings) {
          bindings.remove(id(connection, sku));
        }
      }
    };
  }

  @Override
  public StockRepository stock() {
    return new StockRepository() {
      @Override
      public Optional<StockRecord> find(String connection, String sku) {
        synchronized (stock) {
          return Optional.ofNullable(stock.get(id(connection, sku)));
        }
      }

      @Override
      public List<StockRecord> all(String connection) {
        synchronized (stock) {
          return stock.values().stream().filter(s -> s.connection().equals(connection)).toList();
        }
      }

      @Override
      public List<StockRecord> withStatus(
          String connection, java.util.Collection<StockStatus> statuses) {
        return all(connection).stream()
            .filter(s -> statuses.contains(s.status()))
            .sorted(java.util.Comparator.comparing(StockRecord::sku))
            .toList();
      }

      @Override
      public void save(StockRecord record) {
        synchronized (stock) {
          stock.put(id(record.connection(), record.sku()), record);
        }
      }
    };
  }

  @Override
  public CursorRepository cursors() {
    return new CursorRepository() {
      @Override
      public Optional<Cursor> get(String connection, String name) {
        synchronized (cursors) {
          return Optional.ofNullable(cursors.get(id(connection, name)));
        }
      }

      @Override
      public boolean compareAndSet(
          String connection, String name, long expectedVersion, String value) {
        synchronized (cursors) {
          Cursor current = cursors.get(id(connection, name));
          long version = current == null ? 0 : current.version();
          if (version != expectedVersion) {
            return false;
          }
          cursors.put(id(connection, name), new Cursor(value, version + 1));
          return true;
        }
      }
    };
  }

  @Override
  public RunRepository runs() {
    return new RunRepository() {
      @Override
      public void save(CycleRun run) {
        synchronized (runs) {
          runs.add(run);
        }
      }

      @Override
      public List<CycleRun> recent(String connection, int limit) {
        synchronized (runs) {
          List<CycleRun> mine =
              new ArrayList<>(
                  runs.stream().filter(r -> r.connection().equals(connection)).toList());
          mine.sort(Comparator.comparing(CycleRun::startedAt).reversed());
          return mine.subList(0, Math.min(limit, mine.size()));
        }
      }
    };
  }
}
