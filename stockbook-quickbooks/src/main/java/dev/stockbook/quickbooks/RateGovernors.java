package dev.stockbook.quickbooks;

import dev.stockbook.core.engine.Sleeper;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RateGovernor} per QuickBooks company: QuickBooks limits a company (realm) and app
 * together, so every connection and tool of the same company that shares this registry shares one
 * governor. The service keeps one registry; a test or benchmark makes its own, with the governor it
 * wants for a simulator (scaled or manual time), instead of changing a JVM-wide one.
 */
public final class RateGovernors {
  private final Map<String, RateGovernor> byCompany = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Sleeper sleeper;
  private final java.util.function.Function<String, RateGovernor.Shared> shared;

  public RateGovernors(Clock clock, Sleeper sleeper) {
    this(clock, sleeper, company -> RateGovernor.Shared.NONE);
  }

  /**
   * Governors that also draw from a budget outside the process, one per company (given the key
   * {@code baseUrl|realmId}): what several nodes on one database share.
   */
  public RateGovernors(
      Clock clock,
      Sleeper sleeper,
      java.util.function.Function<String, RateGovernor.Shared> shared) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.shared = shared;
  }

  private static final class ProcessWide {
    static final RateGovernors INSTANCE = real();
  }

  /** QuickBooks' limits on the real clock, a registry of its own. */
  public static RateGovernors real() {
    return new RateGovernors(Clock.systemUTC(), Sleeper.REAL);
  }

  /**
   * The registry every wiring of this process shares unless given its own: QuickBooks counts a
   * company's requests from all of them together.
   */
  public static RateGovernors processWide() {
    return ProcessWide.INSTANCE;
  }

  public RateGovernor forCompany(String baseUrl, String realmId) {
    return byCompany.computeIfAbsent(
        key(baseUrl, realmId),
        k -> new RateGovernor(RateGovernor.Limits.QUICKBOOKS, clock, sleeper, shared.apply(k)));
  }

  /** Makes {@code governor} the one of this company in this registry. */
  public RateGovernors use(String baseUrl, String realmId, RateGovernor governor) {
    byCompany.put(key(baseUrl, realmId), governor);
    return this;
  }

  /** The key a company's governor and shared budget are known by. */
  public static String key(String baseUrl, String realmId) {
    return baseUrl + "|" + realmId;
  }
}
