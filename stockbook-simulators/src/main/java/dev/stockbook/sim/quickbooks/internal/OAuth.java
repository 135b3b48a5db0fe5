package dev.stockbook.sim.quickbooks.internal;

import dev.stockbook.sim.quickbooks.Tokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

/**
 * The OAuth 2 state of the simulator (reference §2): authorization codes, access tokens that live
 * 3600 s on the simulator clock, refresh tokens that rotate on use (the old one then fails with
 * {@code invalid_grant}) and live 100 days rolling.
 */
public final class OAuth {
  public static final Duration ACCESS_TTL = Duration.ofSeconds(3600);
  public static final Duration REFRESH_TTL = Duration.ofSeconds(8_726_400);

  /** Why a grant failed; rendered as {@code {"error":"..."}}. */
  public static final class GrantException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GrantException(String error) {
      super(error);
    }
  }

  private final Clock clock;
  private final Random random;
  private final Map<String, Instant> accessTokens = new HashMap<>();
  private final Map<String, Instant> refreshTokens = new HashMap<>();
  private final Map<String, String> codes = new HashMap<>();

  public OAuth(Clock clock, long seed) {
    this.clock = clock;
    this.random = seed == 0 ? new SecureRandom() : new Random(seed);
  }

  public synchronized Tokens issue() {
    String access = "sim-at-" + hex(24);
    String refresh = "sim-rt-" + hex(16);
    Instant now = clock.instant();
    accessTokens.put(access, now.plus(ACCESS_TTL));
    refreshTokens.put(refresh, now.plus(REFRESH_TTL));
    return new Tokens(access, refresh, now.plus(ACCESS_TTL));
  }

  /** A one-time code for the authorize redirect. */
  public synchronized String newCode(String redirectUri) {
    String code = "sim-code-" + hex(12);
    codes.put(code, redirectUri == null ? "" : redirectUri);
    return code;
  }

  public synchronized Tokens exchangeCode(String code) {
    if (code == null || codes.remove(code) == null) {
      throw new GrantException("invalid_grant");
    }
    return issue();
  }

  /** Rotates: the presented refresh token is spent, a new pair is issued. */
  public synchronized Tokens refresh(String refreshToken) {
    Instant expires = refreshToken == null ? null : refreshTokens.remove(refreshToken);
    if (expires == null || !clock.instant().isBefore(expires)) {
      throw new GrantException("invalid_grant");
    }
    return issue();
  }

  public synchronized void revoke(String token) {
    accessTokens.remove(token);
    refreshTokens.remove(token);
  }

  /** Whether an {@code Authorization: Bearer} value is a live access token. */
  public synchronized boolean valid(String accessToken) {
    Instant expires = accessToken == null ? null : accessTokens.get(accessToken);
    return expires != null && clock.instant().isBefore(expires);
  }

  public synchronized String hex(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
