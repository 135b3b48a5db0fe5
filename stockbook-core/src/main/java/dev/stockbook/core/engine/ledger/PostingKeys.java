package dev.stockbook.core.engine.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic idempotency keys, at most 50 characters (QuickBooks' {@code requestid} limit).
 * {@code sb-<connection hash>-<order id>-r<revision>} for a sale, {@code -f<refund id>} for a
 * refund, {@code -u<revision>} for the update of a posted sale to a later revision, {@code
 * -v<revision>} for a void, {@code -i-<sku hash>} for an item. A store id longer than 16 characters
 * (a Shopify GID, say) is written as {@code h<hash>} so every key fits. The same input always gives
 * the same key, across processes and restarts.
 */
public final class PostingKeys {
  private static final int MAX_PLAIN_ID = 16;
  private final String prefix;

  public PostingKeys(String connection) {
    this.prefix = "sb-" + hash(connection, 8) + "-";
  }

  /**
   * The key of the sale document of {@code orderId} at {@code revision}; {@code attempt} > 1 after
   * a refusal.
   */
  public String sale(String orderId, int revision, int attempt) {
    return check(prefix + id(orderId) + "-r" + revision + (attempt > 1 ? "-a" + attempt : ""));
  }

  public String refund(String orderId, String refundId) {
    return check(prefix + id(orderId) + "-f" + id(refundId));
  }

  /** The key of writing revision {@code revision} of an order over its already posted document. */
  public String update(String orderId, int revision) {
    return check(prefix + id(orderId) + "-u" + revision);
  }

  public String voidOf(String orderId, int revision) {
    return check(prefix + id(orderId) + "-v" + revision);
  }

  /** The key of the {@code n}-th summary receipt of {@code day} (n > 1: late orders, refunds). */
  public String summary(java.time.LocalDate day, int n) {
    return check(prefix + "d" + day.toString().replace("-", "") + "-" + n);
  }

  /** The row saying revision {@code revision} of an order is in a summary. */
  public String summaryMember(String orderId, int revision) {
    return check(prefix + id(orderId) + "-s" + revision);
  }

  /** The row saying the refund of key {@code refundKey} is in a summary. */
  public String summaryRefund(String refundKey) {
    return check(refundKey + "-sr");
  }

  public String item(String sku) {
    return check(prefix + "i-" + hash(sku, 16));
  }

  /** A store id as written in keys: itself when short, else a hash of it of the same length. */
  private static String id(String storeId) {
    return storeId.length() <= MAX_PLAIN_ID ? storeId : "h" + hash(storeId, MAX_PLAIN_ID - 1);
  }

  private static String check(String key) {
    if (key.length() > 50) {
      throw new IllegalArgumentException("posting key longer than 50 characters: " + key);
    }
    return key;
  }

  public static String hash(String text, int hexChars) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, hexChars);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
