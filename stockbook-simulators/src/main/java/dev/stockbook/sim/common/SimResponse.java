package dev.stockbook.sim.common;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A simulator's answer: status, headers (one value each; {@code Link} and the like are joined by
 * the caller) and the exact body bytes.
 */
public record SimResponse(int status, Map<String, String> headers, byte[] body) {

  public SimResponse {
    headers = new LinkedHashMap<>(headers);
  }

  public static SimResponse of(int status, String contentType, byte[] body) {
    return new SimResponse(status, Map.of("Content-Type", contentType), body);
  }

  public static SimResponse json(int status, byte[] body) {
    return of(status, "application/json; charset=UTF-8", body);
  }

  public static SimResponse json(int status, String body) {
    return json(status, body.getBytes(StandardCharsets.UTF_8));
  }

  public static SimResponse html(int status, String body) {
    return of(status, "text/html; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
  }

  /** A copy with one more header. */
  public SimResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new SimResponse(status, copy, body);
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
