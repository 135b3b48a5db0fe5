package dev.stockbook.sim.shopify.internal;

import graphql.execution.directives.QueryAppliedDirective;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code @idempotent(key:)} directive: the first call with a key runs and its payload is kept;
 * a retry with the same key and the same input gets that payload again without running; the same
 * key with other input gets IDEMPOTENCY_KEY_PARAMETER_MISMATCH. The last 10,000 keys are kept.
 */
public final class Idempotency {
  private static final int KEEP = 10_000;

  private record Entry(String fingerprint, Map<String, Object> payload) {}

  private final Map<String, Entry> entries =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
          return size() > KEEP;
        }
      };

  /** The directive's key on this field, if any. */
  public static Optional<String> key(DataFetchingEnvironment env) {
    List<QueryAppliedDirective> directives =
        env.getQueryDirectives().getImmediateAppliedDirective("idempotent");
    return directives.stream()
        .findFirst()
        .map(d -> d.getArgument("key"))
        .map(a -> a.getValue())
        .map(String::valueOf);
  }

  /**
   * Runs {@code work} once per key; {@code mismatch} builds the payload for a reused key with
   * different input.
   */
  public synchronized Map<String, Object> once(
      String mutation,
      String key,
      Object input,
      Supplier<Map<String, Object>> work,
      Supplier<Map<String, Object>> mismatch) {
    String fingerprint = mutation + ":" + Json.text(input);
    Entry seen = entries.get(mutation + ":" + key);
    if (seen != null) {
      return seen.fingerprint().equals(fingerprint) ? seen.payload() : mismatch.get();
    }
    Map<String, Object> payload = work.get();
    entries.put(mutation + ":" + key, new Entry(fingerprint, payload));
    return payload;
  }
}
