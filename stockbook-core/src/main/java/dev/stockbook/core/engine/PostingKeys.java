package dev.stockbook.core.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic idempotency keys, at most 50 characters (QuickBooks' {@code requestid} limit).
 * {@code sb-<connection hash>-<order id>-r<revision>} for a sale, {@code -f<refund id>} for a
 * refund, {@code -v<revision>} for a void, {@code -i-<sku hash>} for an item. The same input always
 * gives the same key, across processes and restarts.
 */
public final class PostingKeys {
  private final String prefix;

  public PostingKeys(String connection) {
    this.prefix = "sb-" + hash(connection, 8) + "-";
  }

  /** The key of the sale document of {@code orderId} at {@code revision}; {@code attempt} > 1 after a refusal. */
  public String sale(String orderId, int revision, int attempt) {
    return check(prefix + orderId + "-r" + revision + (attempt > 1 ? "-a" + attempt : ""));
  }

  public String refund(String orderId, String refundId) {
    return check(prefix + orderId + "-f" + refundId);
  }

  public String voidOf(String orderId, int revision) {
    return check(prefix + orderId + "-v" + revision);
  }

  public String item(String sku) {
    return check(prefix + "i-" + hash(sku, 16));
  }

  private static String check(String key) {
    if (key.length() > 50) {
      throw new IllegalArgumentException("posting key longer than 50 characters: " + key);
    }
    return key;
  }

  static String hash(String text, int hexChars) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, hexChars);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
