package dev.stockbook.app.wiring;

import dev.stockbook.core.state.CursorRepository;
import dev.stockbook.quickbooks.TokenStore;
import dev.stockbook.quickbooks.Tokens;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps a connection's current QuickBooks tokens in the state database, sealed with the master key.
 * A rotated refresh token is written here before the new access token is used (the client calls
 * {@link #save} first), so a crash never loses it.
 */
final class StoredTokens implements TokenStore {
  static final String NAME = "quickbooks.tokens";
  private final CursorRepository cursors;
  private final String connection;
  private final SecretBox box;
  private String seed = "";

  StoredTokens(CursorRepository cursors, String connection, SecretBox box) {
    this.cursors = cursors;
    this.connection = connection;
    this.box = box;
  }

  /**
   * The stored tokens, unless the config now names another refresh token than the one they grew
   * from (the operator reconnected): then the config's tokens win.
   */
  Tokens current(Tokens fromConfig) {
    this.seed = fingerprint(fromConfig.refreshToken());
    Optional<String[]> stored =
        cursors.get(connection, NAME).map(c -> box.open(c.value()).split("\n", -1));
    if (stored.isEmpty() || stored.get().length < 4 || !stored.get()[3].equals(seed)) {
      return fromConfig;
    }
    String[] parts = stored.get();
    return new Tokens(parts[0], parts[1], parts[2].isEmpty() ? null : Instant.parse(parts[2]));
  }

  @Override
  public void save(Tokens tokens) {
    String sealed = box.seal(encode(tokens));
    for (int attempt = 0; attempt < 5; attempt++) {
      long version = cursors.get(connection, NAME).map(CursorRepository.Cursor::version).orElse(0L);
      if (cursors.compareAndSet(connection, NAME, version, sealed)) {
        return;
      }
    }
    throw new IllegalStateException(
        "could not store the rotated QuickBooks tokens of " + connection);
  }

  private String encode(Tokens t) {
    return t.accessToken()
        + "\n"
        + t.refreshToken()
        + "\n"
        + (t.accessExpiresAt() == null ? "" : t.accessExpiresAt())
        + "\n"
        + seed;
  }

  private static String fingerprint(String refreshToken) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(refreshToken.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
