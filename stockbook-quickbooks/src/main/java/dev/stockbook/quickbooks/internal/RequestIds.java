package dev.stockbook.quickbooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Deterministic request ids derived from Stockbook's own keys, within QuickBooks' length limits.
 */
public final class RequestIds {
  private RequestIds() {}

  /**
   * The batch {@code requestid} for these document keys: same keys in the same order, same id (32
   * hex).
   */
  public static String forBatch(List<String> keys) {
    return sha256Hex(String.join("\n", keys)).substring(0, 32);
  }

  /**
   * A request id for a follow-up write of {@code key} (e.g. the payment of an invoice), at most 50
   * chars.
   */
  public static String derived(String key, String purpose) {
    String candidate = key + "-" + purpose;
    return candidate.length() <= 50 ? candidate : purpose + "-" + sha256Hex(key).substring(0, 40);
  }

  private static String sha256Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
