package dev.stockbook.it.corpus;

import dev.stockbook.quickbooks.IntuitSignature;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A webhook case file: header lines, a blank line, the raw body. {@code {{sign}}} in a header is
 * replaced by the valid signature of the body, {@code {{sign-other}}} by that of other bytes;
 * {@code X-Corpus-Pad-To: N} pads the body with spaces to N bytes (no megabyte files in git).
 */
record WebhookCase(Map<String, String> headers, byte[] body) {
  static WebhookCase parse(byte[] file, String verifierToken) {
    int split = indexOf(file, "\n\n".getBytes(StandardCharsets.UTF_8));
    String head = new String(file, 0, split, StandardCharsets.UTF_8);
    byte[] body = Arrays.copyOfRange(file, split + 2, file.length);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : head.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
    }
    String pad = headers.remove("x-corpus-pad-to");
    if (pad != null) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(body);
      out.writeBytes(" ".repeat(Math.max(0, Integer.parseInt(pad) - body.length)).getBytes(StandardCharsets.UTF_8));
      body = out.toByteArray();
    }
    byte[] signed = body;
    headers.replaceAll((k, v) -> v.replace("{{sign}}", IntuitSignature.sign(signed, verifierToken))
        .replace("{{sign-other}}", IntuitSignature.sign("other bytes".getBytes(StandardCharsets.UTF_8), verifierToken)));
    headers.values().removeIf(String::isEmpty);
    return new WebhookCase(headers, body);
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
