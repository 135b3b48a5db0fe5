package dev.stockbook.store.webhook;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One webhook request as it arrived: its headers and its raw body (signatures are over the exact
 * bytes, so the body is never parsed before it is verified).
 */
public final class WebhookDelivery {
  private final Map<String, String> headers;
  private final byte[] body;

  public WebhookDelivery(Map<String, ? extends List<String>> headers, byte[] body) {
    Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) -> {
          if (name != null && values != null && !values.isEmpty()) {
            byName.put(name.toLowerCase(Locale.ROOT), values.get(0));
          }
        });
    this.headers = byName;
    this.body = body.clone();
  }

  /** A header's (first) value, any case of its name; {@code null} when absent. */
  public String header(String name) {
    return headers.get(name);
  }

  public byte[] body() {
    return body.clone();
  }
}
