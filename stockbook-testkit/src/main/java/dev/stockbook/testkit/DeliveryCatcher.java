package dev.stockbook.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP endpoint on port 0 that keeps every webhook delivery it gets and answers 200, for
 * contract runs that check what a store really sent.
 */
public final class DeliveryCatcher implements AutoCloseable {
  /** One delivery as it arrived. */
  public record Caught(Map<String, List<String>> headers, byte[] body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final List<Caught> caught = new ArrayList<>();

  public DeliveryCatcher() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          synchronized (caught) {
            caught.add(new Caught(new LinkedHashMap<>(exchange.getRequestHeaders()), body));
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public List<Caught> caught() {
    synchronized (caught) {
      return List.copyOf(caught);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
