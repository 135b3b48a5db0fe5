package dev.stockbook.quickbooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a webhook's {@code intuit-signature} header: Base64(HMAC-SHA256(raw body, verifier
 * token)), compared in constant time over the exact bytes received.
 */
public final class IntuitSignature {
  public static final String HEADER = "intuit-signature";

  private IntuitSignature() {}

  /** True when {@code header} is the signature of {@code rawBody} under {@code verifierToken}. */
  public static boolean verify(byte[] rawBody, String header, String verifierToken) {
    if (rawBody == null
        || header == null
        || header.isBlank()
        || verifierToken == null
        || verifierToken.isEmpty()) {
      return false;
    }
    byte[] claimed;
    try {
      claimed = Base64.getDecoder().decode(header.strip());
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    return MessageDigest.isEqual(hmac(rawBody, verifierToken), claimed);
  }

  /** The signature QuickBooks would send for {@code rawBody} (for simulators and tests). */
  public static String sign(byte[] rawBody, String verifierToken) {
    return Base64.getEncoder().encodeToString(hmac(rawBody, verifierToken));
  }

  private static byte[] hmac(byte[] body, String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
