package dev.stockbook.it.chaos;

import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.common.FaultPlan;
import java.time.Duration;
import java.util.Random;

/**
 * The seeded misbehaviour of both simulators during a chaos run (the store's paths from {@link
 * ChaosStore}): a steady background of 429s, 500s, 503s and timeouts, answers lost after the work
 * was done on every kind of write, and now and then a burst of 429s. OAuth and the simulators'
 * control routes are left alone.
 */
final class FaultMix {
  static final String QBO = "/v3/company/.*";
  static final String QBO_WRITES =
      "/v3/company/[^/]+/(batch|salesreceipt|invoice|refundreceipt|item|customer)";
  private static final Duration HOLD = Duration.ofMillis(1500);

  private final Random random;
  private final ChaosStore store;

  FaultMix(long seed, ChaosStore store) {
    this.random = new Random(seed);
    this.store = store;
  }

  /** The steady rules; the plans' own seeded random decides each request. */
  void install(FaultPlan quickbooks, FaultPlan shop) {
    quickbooks.add(rule("POST", QBO_WRITES, Fault.commitThenDrop(), 0.12));
    quickbooks.add(rule("*", QBO, Fault.status(429), 0.03));
    quickbooks.add(rule("*", QBO, Fault.status(500), 0.03));
    quickbooks.add(rule("*", QBO, Fault.status(503), 0.03));
    quickbooks.add(rule("*", QBO, Fault.timeout(HOLD), 0.02));
    for (String[] write : store.writes()) {
      shop.add(rule(write[0], write[1], Fault.commitThenDrop(), 0.15));
    }
    String api = store.apiPaths();
    shop.add(rule("*", api, Fault.status(429), 0.03));
    shop.add(rule("*", api, Fault.status(500), 0.03));
    shop.add(rule("*", api, Fault.status(503), 0.03));
    shop.add(rule("*", api, Fault.timeout(HOLD), 0.02));
  }

  /** Sometimes (one time in five) a burst of 3 to 8 429s at the head of one plan. */
  void maybeBurst(FaultPlan quickbooks, FaultPlan shop) {
    if (random.nextInt(5) == 0) {
      boolean books = random.nextBoolean();
      (books ? quickbooks : shop)
          .next("*", books ? QBO : store.apiPaths(), Fault.status(429), 3 + random.nextInt(6));
    }
  }

  private static FaultPlan.Rule rule(String method, String path, Fault fault, double probability) {
    return new FaultPlan.Rule(method, path, fault, probability, -1);
  }
}
