package dev.stockbook.it.chaos;

import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.common.FaultPlan;
import java.time.Duration;
import java.util.Random;

/**
 * The seeded misbehaviour of both simulators during a chaos run: a steady background of 429s, 500s,
 * 503s and timeouts, answers lost after the work was done on every kind of write, and now and then
 * a burst of 429s. OAuth and the simulators' control routes are left alone.
 */
final class FaultMix {
  static final String QBO = "/v3/company/.*";
  static final String QBO_WRITES =
      "/v3/company/[^/]+/(batch|salesreceipt|invoice|refundreceipt|item|customer)";
  static final String WOO = "/wp-json/wc/v3/.*";
  static final String WOO_WRITES = "/wp-json/wc/v3/products.*";
  private static final Duration HOLD = Duration.ofMillis(1500);

  private final Random random;

  FaultMix(long seed) {
    this.random = new Random(seed);
  }

  /** The steady rules; the plans' own seeded random decides each request. */
  void install(FaultPlan quickbooks, FaultPlan woocommerce) {
    quickbooks.add(rule("POST", QBO_WRITES, Fault.commitThenDrop(), 0.12));
    quickbooks.add(rule("*", QBO, Fault.status(429), 0.03));
    quickbooks.add(rule("*", QBO, Fault.status(500), 0.03));
    quickbooks.add(rule("*", QBO, Fault.status(503), 0.03));
    quickbooks.add(rule("*", QBO, Fault.timeout(HOLD), 0.02));
    woocommerce.add(rule("POST", WOO_WRITES, Fault.commitThenDrop(), 0.15));
    woocommerce.add(rule("PUT", WOO_WRITES, Fault.commitThenDrop(), 0.15));
    woocommerce.add(rule("*", WOO, Fault.status(429), 0.03));
    woocommerce.add(rule("*", WOO, Fault.status(500), 0.03));
    woocommerce.add(rule("*", WOO, Fault.status(503), 0.03));
    woocommerce.add(rule("*", WOO, Fault.timeout(HOLD), 0.02));
  }

  /** Sometimes (one time in five) a burst of 3 to 8 429s at the head of one plan. */
  void maybeBurst(FaultPlan quickbooks, FaultPlan woocommerce) {
    if (random.nextInt(5) == 0) {
      boolean books = random.nextBoolean();
      (books ? quickbooks : woocommerce)
          .next("*", books ? QBO : WOO, Fault.status(429), 3 + random.nextInt(6));
    }
  }

  private static FaultPlan.Rule rule(String method, String path, Fault fault, double probability) {
    return new FaultPlan.Rule(method, path, fault, probability, -1);
  }
}
