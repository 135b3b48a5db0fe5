package dev.stockbook.quickbooks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The ids QuickBooks gave to names (the web-store customer, customers by email, deposit accounts,
 * payment methods), kept across turns: without it every turn that posts one order looks the same
 * names up again, two or more requests of 150 ms on the way of every order and against the
 * company's 500 a minute. One per company (connections to the same company share it); an entry is
 * used for at most {@link #MAX_AGE}, and at most {@link #MAX_ENTRIES} are kept.
 *
 * <p>A cached id can go stale: a bookkeeper may make the customer or account inactive. QuickBooks
 * then refuses the document with 610 (object not found). A {@link Session} (one per turn) knows
 * whether it used an id an earlier turn looked up; if so the refusal is not trusted, the cache is
 * emptied, and the documents are sent again on the next turn with names looked up afresh (see
 * {@code DocumentPoster}). A 610 on ids looked up in the same turn is a real refusal.
 */
public final class NameCache {
  static final Duration MAX_AGE = Duration.ofHours(1);
  static final long MAX_ENTRIES = 10_000;

  private record Entry(String id, Instant at) {}

  private final Clock clock;
  private final Cache<String, Entry> entries;

  public NameCache(Clock clock) {
    this.clock = clock;
    this.entries =
        Caffeine.newBuilder()
            .expireAfterWrite(MAX_AGE)
            .maximumSize(MAX_ENTRIES)
            .ticker(() -> clock.millis() * 1_000_000L)
            .executor(Runnable::run)
            .build();
  }

  /** A view for one turn. */
  public Session session() {
    return new Session(clock.instant());
  }

  /** The cache as one turn sees it. */
  public final class Session {
    private final Instant started;
    private volatile boolean usedEarlier;

    private Session(Instant started) {
      this.started = started;
    }

    /** The id of {@code name} of entity {@code kind}, or null when not cached. */
    public String get(String kind, String name) {
      Entry entry = entries.getIfPresent(key(kind, name));
      if (entry == null) {
        return null;
      }
      if (entry.at().isBefore(started)) {
        usedEarlier = true;
      }
      return entry.id();
    }

    public void put(String kind, String name, String id) {
      entries.put(key(kind, name), new Entry(id, clock.instant()));
    }

    /**
     * After QuickBooks refused a reference: true (and the cache emptied) when this turn used an id
     * that an earlier turn looked up, so the refusal may be about a stale id.
     */
    public boolean staleReference() {
      if (usedEarlier) {
        entries.invalidateAll();
        return true;
      }
      return false;
    }
  }

  private static String key(String kind, String name) {
    return kind + '\u0000' + name;
  }
}
