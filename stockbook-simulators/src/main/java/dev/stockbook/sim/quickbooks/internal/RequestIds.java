package dev.stockbook.sim.quickbooks.internal;

import dev.stockbook.sim.common.SimResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembered {@code requestid}s (reference §1.6): an identical retry gets the stored response, a
 * reused id with a different request gets fault 600. Keeps the last 10,000 ids.
 */
public final class RequestIds {
  private static final int KEEP = 10_000;

  private record Seen(String method, String path, byte[] body, SimResponse response) {
    boolean sameRequest(String m, String p, byte[] b) {
      return method.equals(m) && path.equals(p) && Arrays.equals(body, b);
    }
  }

  private final Map<String, Seen> seen =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
          return size() > KEEP;
        }
      };

  /** The stored answer for a retry; 600 when the id was used for a different request. */
  public synchronized Optional<SimResponse> replay(
      String id, String method, String pathAndOp, byte[] body) {
    Seen before = seen.get(id);
    if (before == null) {
      return Optional.empty();
    }
    if (!before.sameRequest(method, pathAndOp, body)) {
      throw QboFault.validation(
          "600",
          "Duplicate Request ID",
          "Duplicate Request ID: " + id + " was already used for a different request");
    }
    return Optional.of(before.response());
  }

  public synchronized void remember(
      String id, String method, String pathAndOp, byte[] body, SimResponse response) {
    seen.putIfAbsent(id, new Seen(method, pathAndOp, body, response));
  }
}
