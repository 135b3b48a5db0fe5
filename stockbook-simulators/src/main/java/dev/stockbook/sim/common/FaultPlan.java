package dev.stockbook.sim.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Seeded misbehaviour. A plan is a list of rules; the first rule that matches a request and still
 * has budget decides the fault. A rule matches by method and a path regex, fires with a probability
 * (drawn from the plan's seeded {@link Random}) and at most {@code times} times (-1 = unlimited).
 * Thread-safe; the same seed and the same request order give the same faults.
 */
public final class FaultPlan {

  /**
   * One rule.
   *
   * @param method HTTP method to match, or {@code *}
   * @param pathPattern regex matched against the whole path
   * @param fault what to do
   * @param probability chance in [0,1] that a matching request gets the fault
   * @param times how many more times the rule may fire; -1 for no limit
   */
  public record Rule(
      String method, String pathPattern, Fault fault, double probability, int times) {
    boolean matches(String requestMethod, String path) {
      return ("*".equals(method) || method.equalsIgnoreCase(requestMethod))
          && Pattern.compile(pathPattern).matcher(path).matches();
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private Random random;

  public FaultPlan(long seed) {
    this.random = new Random(seed);
  }

  public static FaultPlan none() {
    return new FaultPlan(0);
  }

  /** Adds a rule at the end of the plan. */
  public synchronized FaultPlan add(Rule rule) {
    rules.add(rule);
    return this;
  }

  /** Fires {@code fault} for the next {@code times} requests that match. */
  public synchronized FaultPlan next(String method, String pathPattern, Fault fault, int times) {
    return add(new Rule(method, pathPattern, fault, 1.0, times));
  }

  public synchronized void clear(long seed) {
    rules.clear();
    random = new Random(seed);
  }

  public synchronized List<Rule> rules() {
    return List.copyOf(rules);
  }

  /** The fault for this request, if any; consumes one use of the rule that fired. */
  public synchronized Optional<Fault> decide(String method, String path) {
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if (rule.times() == 0 || !rule.matches(method, path)) {
        continue;
      }
      if (rule.probability() < 1.0 && random.nextDouble() >= rule.probability()) {
        continue;
      }
      if (rule.times() > 0) {
        rules.set(
            i,
            new Rule(
                rule.method(),
                rule.pathPattern(),
                rule.fault(),
                rule.probability(),
                rule.times() - 1));
      }
      return Optional.of(rule.fault());
    }
    return Optional.empty();
  }
}
