package dev.stockbook.woocommerce.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding as RFC 3986 and PHP's rawurlencode do it: only unreserved characters stay. */
final class Rfc3986 {
  private Rfc3986() {}

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
