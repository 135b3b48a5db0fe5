package dev.stockbook.woocommerce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A minimal WooCommerce stand-in on port 0 until the real simulator lands: each test sets a handler
 * from request to reply; every request is kept in a journal.
 */
final class WooStub implements AutoCloseable {
  static final String API = "/wp-json/wc/v3";

  record Request(
      String method,
      String path,
      Map<String, String> query,
      Map<String, List<String>> headers,
      String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  record Reply(int status, String contentType, String body, Map<String, String> headers) {
    static Reply json(String body) {
      return new Reply(200, "application/json; charset=UTF-8", body, Map.of());
    }

    static Reply page(String body, int totalPages) {
      return new Reply(
          200,
          "application/json; charset=UTF-8",
          body,
          Map.of("X-WP-TotalPages", String.valueOf(totalPages), "X-WP-Total", "0"));
    }

    static Reply error(int status, String code, String message) {
      String body =
          "{\"code\":\""
              + code
              + "\",\"message\":\""
              + message
              + "\",\"data\":{\"status\":"
              + status
              + "}}";
      return new Reply(status, "application/json; charset=UTF-8", body, Map.of());
    }

    static Reply html(int status, String body) {
      return new Reply(status, "text/html", body, Map.of());
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Request> journal = new CopyOnWriteArrayList<>();
  private volatile Function<Request, Reply> handler =
      r -> Reply.error(404, "rest_no_route", "No route.");

  WooStub() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void handler(Function<Request, Reply> handler) {
    this.handler = handler;
  }

  List<Request> journal() {
    return List.copyOf(journal);
  }

  private void handle(HttpExchange exchange) throws IOException {
    Request request = read(exchange);
    journal.add(request);
    Reply reply = handler.apply(request);
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", reply.contentType());
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Request read(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String path = uri.getRawPath().substring(API.length());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    return new Request(
        exchange.getRequestMethod(),
        path,
        query(uri.getRawQuery()),
        Map.copyOf(exchange.getRequestHeaders()),
        body);
  }

  /** Decodes the raw query the way PHP fills $_GET. */
  static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
    }
    return params;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
