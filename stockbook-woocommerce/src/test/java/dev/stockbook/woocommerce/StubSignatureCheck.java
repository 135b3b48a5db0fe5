package dev.stockbook.woocommerce;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The stub's own OAuth 1.0a check, written apart from the connector's signer and after
 * WC_REST_Authentication::check_oauth_signature: decoded params minus oauth_signature, sorted by
 * name, each name and value rawurlencoded once, joined with %3D and %26.
 */
final class StubSignatureCheck {
  private StubSignatureCheck() {}

  static boolean valid(String method, String url, Map<String, String> query, String secret) {
    Map<String, String> params = new TreeMap<>(query);
    String given = params.remove("oauth_signature");
    String joined =
        params.entrySet().stream()
            .map(e -> raw(e.getKey()) + "%3D" + raw(e.getValue()))
            .collect(Collectors.joining("%26"));
    String base = method + "&" + raw(url) + "&" + joined;
    return hmac(secret + "&", base).equals(given);
  }

  /** PHP rawurlencode: everything but A-Z a-z 0-9 - _ . ~ becomes %XX. */
  private static String raw(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 128 || "-_.~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  private static String hmac(String key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
