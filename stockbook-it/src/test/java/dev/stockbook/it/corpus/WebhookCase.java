package dev.stockbook.it.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook case file: header lines, a blank line, the raw body, sent as it is. In a header, {@code
 * {{sign}}} becomes the valid signature of the body (base64 HMAC-SHA256 with the key the endpoint
 * checks: QuickBooks' verifier token, the store's webhook secret) and {@code {{sign-other}}} that
 * of other bytes; a header left empty is not sent. Two headers are for the corpus, not sent: {@code
 * X-Corpus-Pad-To: N} pads the body with spaces to N bytes (no megabyte files in git), and {@code
 * X-Corpus-Path: /...} posts to that path instead of the kind's endpoint.
 */
record WebhookCase(String path, Map<String, String> headers, byte[] body) {
  static WebhookCase parse(byte[] file, String defaultPath, String signingKey) {
    int split = indexOf(file, "\n\n".getBytes(StandardCharsets.UTF_8));
    String head = new String(file, 0, split, StandardCharsets.UTF_8);
    byte[] body = Arrays.copyOfRange(file, split + 2, file.length);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : head.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    String pad = headers.remove("x-corpus-pad-to");
    if (pad != null) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(body);
      out.writeBytes(
          " "
              .repeat(Math.max(0, Integer.parseInt(pad) - body.length))
              .getBytes(StandardCharsets.UTF_8));
      body = out.toByteArray();
    }
    String path = headers.remove("x-corpus-path");
    byte[] signed = body;
    headers.replaceAll(
        (k, v) ->
            v.replace("{{sign}}", sign(signed, signingKey))
                .replace(
                    "{{sign-other}}",
                    sign("other bytes".getBytes(StandardCharsets.UTF_8), signingKey)));
    headers.values().removeIf(String::isEmpty);
    return new WebhookCase(path == null ? defaultPath : path, headers, body);
  }

  /** Base64 HMAC-SHA256 of the bytes: how both QuickBooks and WooCommerce sign a delivery. */
  static String sign(byte[] body, String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    for (int i = 0; i + pattern.length <= data.length; i++) {
      if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
        return i;
      }
    }
    throw new IllegalArgumentException("a webhook case needs headers, a blank line, then the body");
  }
}
