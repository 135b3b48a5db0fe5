package dev.stockbook.sim.common;

import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request as simulators see it: decoded query parameters and the (un-gzipped) body bytes. */
public final class SimRequest {
  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, List<String>> params;
  private final Headers headers;
  private final byte[] body;

  public SimRequest(String method, String path, String rawQuery, Headers headers, byte[] body) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery == null ? "" : rawQuery;
    this.params = parseQuery(this.rawQuery);
    this.headers = headers;
    this.body = body;
  }

  /** Parses {@code a=1&b=2&a=3} (also a form body); names and values URL-decoded, order kept. */
  public static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public String rawQuery() {
    return rawQuery;
  }

  public Map<String, List<String>> params() {
    return Collections.unmodifiableMap(params);
  }

  /** The first value of a query parameter, or {@code null}. */
  public String param(String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The first value of a header (case-insensitive name), or {@code null}. */
  public String header(String name) {
    return headers.getFirst(name);
  }

  public Headers headers() {
    return headers;
  }

  public byte[] body() {
    return body.clone();
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
