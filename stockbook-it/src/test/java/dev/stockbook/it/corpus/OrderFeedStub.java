package dev.stockbook.it.corpus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Sits in front of the WooCommerce simulator: the order list ({@code GET /wp-json/wc/v3/orders})
 * answers with the corpus order currently set, exactly as written in the file; everything else
 * (products, stock writes) goes through to the simulator. With no order set, all of it does.
 */
final class OrderFeedStub implements AutoCloseable {
  private static final List<String> FORWARDED =
      List.of("Authorization", "X-Forwarded-Proto", "Content-Type");
  private final HttpServer server;
  private final URI target;
  private final HttpClient http = HttpClient.newHttpClient();
  private volatile byte[] order;

  OrderFeedStub(URI target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The raw JSON of one order to serve as the whole order list; null to pass through. */
  void serve(byte[] orderJson) {
    order = orderJson;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] current = order;
      if (current != null
          && "GET".equals(ex.getRequestMethod())
          && ex.getRequestURI().getPath().equals("/wp-json/wc/v3/orders")) {
        byte[] body =
            ("[" + new String(current, StandardCharsets.UTF_8) + "]")
                .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        ex.getResponseHeaders().add("X-WP-Total", "1");
        ex.getResponseHeaders().add("X-WP-TotalPages", "1");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        return;
      }
      forward(ex);
    }
  }

  private void forward(HttpExchange ex) throws IOException {
    byte[] in = ex.getRequestBody().readAllBytes();
    HttpRequest.Builder req =
        HttpRequest.newBuilder(target.resolve(ex.getRequestURI().toString()))
            .method(
                ex.getRequestMethod(),
                in.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(in));
    FORWARDED.forEach(
        h -> {
          String v = ex.getRequestHeaders().getFirst(h);
          if (v != null) {
            req.header(h, v);
          }
        });
    HttpResponse<byte[]> res;
    try {
      res = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    res.headers()
        .map()
        .forEach(
            (k, vs) -> {
              if (!k.equalsIgnoreCase("content-length")
                  && !k.equalsIgnoreCase("transfer-encoding")
                  && !k.startsWith(":")) {
                vs.forEach(v -> ex.getResponseHeaders().add(k, v));
              }
            });
    byte[] out = res.body();
    ex.sendResponseHeaders(res.statusCode(), out.length == 0 ? -1 : out.length);
    ex.getResponseBody().write(out);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
