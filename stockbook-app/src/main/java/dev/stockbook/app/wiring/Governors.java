package dev.stockbook.app.wiring;

import dev.stockbook.core.engine.RateGovernor;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RateGovernor} per QuickBooks company in this process: QuickBooks limits a company
 * (realm) and app together, so every connection and tool of the same company shares one.
 */
public final class Governors {
  private static final Map<String, RateGovernor> BY_COMPANY = new ConcurrentHashMap<>();

  private Governors() {}

  public static RateGovernor forCompany(String baseUrl, String realmId) {
    return BY_COMPANY.computeIfAbsent(
        baseUrl + "|" + realmId,
        k ->
            new RateGovernor(
                RateGovernor.Limits.QUICKBOOKS, Clock.systemUTC(), RateGovernor.Sleeper.REAL));
  }

  /**
   * Makes {@code governor} the one of this company, for clients built afterwards: how a test run
   * against a simulator with scaled or disabled limits keeps the engine from waiting for real ones.
   */
  public static void use(String baseUrl, String realmId, RateGovernor governor) {
    BY_COMPANY.put(baseUrl + "|" + realmId, governor);
  }
}
