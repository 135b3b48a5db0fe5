package dev.stockbook.sim.common;

import java.time.Duration;

/**
 * What a simulator does instead of (or besides) answering normally.
 *
 * @param kind the misbehaviour
 * @param status for {@link Kind#STATUS}: the status to answer with
 * @param body for {@link Kind#STATUS} and {@link Kind#HTML_PAGE}: the body to send (the simulator
 *     fills in its own fault body when {@code null})
 * @param delay for {@link Kind#LATENCY} and {@link Kind#TIMEOUT}: how long to wait
 */
public record Fault(Kind kind, int status, String body, Duration delay) {

  public enum Kind {
    /** Answer normally, after a delay. */
    LATENCY,
    /** Answer with this status (429, 500, 503, ...) without doing the work. */
    STATUS,
    /** Hold the request for {@code delay} without answering, then cut the connection. */
    TIMEOUT,
    /** Do the work, then cut the connection before any response byte is sent. */
    COMMIT_THEN_DROP,
    /** Answer 2xx with an HTML page (a host's captcha or error page) without doing the work. */
    HTML_PAGE
  }

  public static Fault status(int status) {
    return new Fault(Kind.STATUS, status, null, Duration.ZERO);
  }

  public static Fault latency(Duration delay) {
    return new Fault(Kind.LATENCY, 0, null, delay);
  }

  public static Fault timeout(Duration hold) {
    return new Fault(Kind.TIMEOUT, 0, null, hold);
  }

  public static Fault commitThenDrop() {
    return new Fault(Kind.COMMIT_THEN_DROP, 0, null, Duration.ZERO);
  }

  public static Fault htmlPage(int status) {
    return new Fault(Kind.HTML_PAGE, status, null, Duration.ZERO);
  }
}
