package dev.stockbook.app.web.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing the admin token at the sign-in form: after {@link #FAILURES} wrong tokens
 * from one address within {@link #WINDOW}, that address may not try again until the oldest of them
 * is older than the window; and all addresses together get {@link #ALL_FAILURES} in that window (an
 * attacker behind many addresses, or every user behind one proxy). A right token clears the
 * address's failures.
 */
final class SignInThrottle {
  static final int FAILURES = 5;
  static final int ALL_FAILURES = 50;
  static final Duration WINDOW = Duration.ofMinutes(5);
  private static final String ALL = "";
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code address} must wait before trying; zero when it may try now. */
  synchronized Duration waitFor(String address) {
    Instant now = clock.instant();
    Duration one = wait(address, FAILURES, now);
    Duration all = wait(ALL, ALL_FAILURES, now);
    return one.compareTo(all) >= 0 ? one : all;
  }

  synchronized void failed(String address) {
    Instant now = clock.instant();
    failures.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(now);
    failures.computeIfAbsent(ALL, a -> new ArrayDeque<>()).addLast(now);
  }

  synchronized void succeeded(String address) {
    failures.remove(address);
  }

  private Duration wait(String key, int limit, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Duration.ZERO;
    }
    while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
      times.removeFirst();
    }
    if (times.isEmpty()) {
      failures.remove(key);
      return Duration.ZERO;
    }
    return times.size() < limit
        ? Duration.ZERO
        : Duration.between(now, times.peekFirst().plus(WINDOW));
  }
}
