package dev.stockbook.app.web.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dashboard sessions, in memory: a random id in an HttpOnly, SameSite=Strict cookie, and per
 * session a random CSRF token that every form carries in a hidden field. A session that has not
 * been used for {@link #IDLE} is gone. Signing in replaces the anonymous session (no fixation).
 */
final class Sessions {
  static final Duration IDLE = Duration.ofHours(12);
  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final SecureRandom random;
  private final Clock clock;

  /** One browser's session; {@code flash} is the message shown once after a redirect. */
  static final class Session {
    final String id;
    final String csrf;
    final boolean signedIn;
    volatile Instant lastUsed;
    volatile String flash;
    volatile boolean flashOk;

    Session(String id, String csrf, boolean signedIn, Instant now) {
      this.id = id;
      this.csrf = csrf;
      this.signedIn = signedIn;
      this.lastUsed = now;
    }

    void flash(boolean ok, String message) {
      this.flashOk = ok;
      this.flash = message;
    }

    /** The flash message, once. */
    String takeFlash() {
      String f = flash;
      flash = null;
      return f;
    }
  }

  Sessions(Clock clock, SecureRandom random) {
    this.clock = clock;
    this.random = random;
  }

  Session create(boolean signedIn) {
    Session s = new Session(token(), token(), signedIn, clock.instant());
    byId.put(s.id, s);
    return s;
  }

  /** The live session of {@code id}, touched; empty when unknown or idle too long. */
  Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = byId.get(id);
    Instant now = clock.instant();
    if (s == null || s.lastUsed.plus(IDLE).isBefore(now)) {
      if (s != null) {
        byId.remove(id);
      }
      return Optional.empty();
    }
    s.lastUsed = now;
    return Optional.of(s);
  }

  void end(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  /** Whether {@code submitted} is the session's CSRF token (constant time). */
  static boolean csrfMatches(Session session, String submitted) {
    return session != null && submitted != null && same(session.csrf, submitted);
  }

  /** Constant-time comparison of two secrets. */
  static boolean same(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
