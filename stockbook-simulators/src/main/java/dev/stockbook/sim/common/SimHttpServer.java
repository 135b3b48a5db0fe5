package dev.stockbook.sim.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.zip.GZIPInputStream;

/**
 * A real HTTP server on a loopback port (0 = any free port) shared by both simulators. It reads the
 * body (gunzipping {@code Content-Encoding: gzip}), refuses bodies over the size limit, applies the
 * {@link FaultPlan}, journals every request and serves the control routes under {@code /_sim/}:
 * {@code GET /_sim/journal}, {@code GET|POST|DELETE /_sim/faults}, {@code GET|POST /_sim/clock}. A
 * handler exception becomes the simulator's own 500 body, never a stack trace.
 */
public final class SimHttpServer implements AutoCloseable {
  static {
    // The JDK server writes headers and body in separate packets; with Nagle on, a keep-alive
    // client waits for the delayed ACK (~40 ms) on every request. Read once by the JDK, so set
    // it before the first server is created (unless someone chose otherwise).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private final HttpServer server;
  private final ExecutorService executor;
  private final SimClock clock;
  private final Journal journal;
  private final FaultPlan faults;
  private final SimHandler app;
  private final IntFunction<SimResponse> errorBody;
  private final int maxBodyBytes;

  /**
   * @param port the port to bind on 127.0.0.1, 0 for any free port
   * @param errorBody the simulator's own body for a bare status (a fault or an internal error)
   * @param maxBodyBytes larger request bodies are answered with {@code errorBody(413)} unread
   */
  public SimHttpServer(
      int port,
      SimClock clock,
      Journal journal,
      FaultPlan faults,
      SimHandler app,
      IntFunction<SimResponse> errorBody,
      int maxBodyBytes) {
    this.clock = clock;
    this.journal = journal;
    this.faults = faults;
    this.app = app;
    this.errorBody = errorBody;
    this.maxBodyBytes = maxBodyBytes;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind simulator port " + port, e);
    }
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "sim-http");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::serve);
  }

  public SimHttpServer start() {
    server.start();
    return this;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:PORT} */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public Journal journal() {
    return journal;
  }

  public FaultPlan faults() {
    return faults;
  }

  public SimClock clock() {
    return clock;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void serve(HttpExchange exchange) {
    long started = System.nanoTime();
    Instant at = clock.instant();
    URI uri = exchange.getRequestURI();
    String method = exchange.getRequestMethod();
    String path = uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    String faultName = "";
    boolean journaled = path.startsWith("/_sim/");
    try {
      if (journaled) {
        send(exchange, control(method, path, readBody(exchange)));
        return;
      }
      Optional<Fault> fault = faults.decide(method, path);
      faultName = fault.map(f -> f.kind().name()).orElse("");
      SimResponse reply = answer(exchange, method, path, query, fault.orElse(null));
      // journaled before the client sees the answer (or the dropped connection): a client that got
      // its answer always finds its request in the journal
      journal.add(
          entry(at, method, path, query, reply == null ? 0 : reply.status(), started, faultName));
      journaled = true;
      if (reply == null) {
        exchange.close();
      } else {
        send(exchange, reply);
      }
    } catch (Exception e) {
      exchange.close();
    } finally {
      if (!journaled) {
        journal.add(entry(at, method, path, query, 0, started, faultName));
      }
    }
  }

  private static Journal.Entry entry(
      Instant at,
      String method,
      String path,
      String query,
      int status,
      long started,
      String fault) {
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    return new Journal.Entry(at, method, path, query, status, millis, fault);
  }

  /** The answer to send, or {@code null} when the connection is to be dropped. */
  private SimResponse answer(
      HttpExchange exchange, String method, String path, String query, Fault fault)
      throws IOException {
    byte[] body = readBody(exchange);
    if (body == null) {
      return errorBody.apply(413);
    }
    if (fault != null) {
      switch (fault.kind()) {
        case LATENCY -> pause(fault.delay());
        case STATUS -> {
          return fault.body() == null
              ? errorBody.apply(fault.status())
              : SimResponse.json(fault.status(), fault.body());
        }
        case HTML_PAGE -> {
          return SimResponse.html(fault.status(), fault.body() == null ? CAPTCHA : fault.body());
        }
        case TIMEOUT -> {
          pause(fault.delay());
          return null;
        }
        default -> {}
      }
    }
    SimResponse response =
        handle(new SimRequest(method, path, query, exchange.getRequestHeaders(), body));
    return fault != null && fault.kind() == Fault.Kind.COMMIT_THEN_DROP ? null : response;
  }

  private SimResponse handle(SimRequest request) {
    try {
      return app.handle(request);
    } catch (Exception e) {
      return errorBody.apply(500);
    }
  }

  private byte[] readBody(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null && Long.parseLong(length.trim()) > maxBodyBytes) {
      return drained(exchange.getRequestBody());
    }
    InputStream in = exchange.getRequestBody();
    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      byte[] raw = in.readAllBytes();
      in =
          raw.length == 0
              ? InputStream.nullInputStream()
              : new GZIPInputStream(new java.io.ByteArrayInputStream(raw));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.write(buffer, 0, n);
      if (out.size() > maxBodyBytes) {
        return drained(in);
      }
    }
    return out.toByteArray();
  }

  /**
   * Reads and discards what is left of a refused body (up to a bound), then returns {@code null}.
   * Closing a socket with unread input makes the kernel send RST, which can destroy the 413 answer
   * before the client reads it.
   */
  private static byte[] drained(InputStream in) throws IOException {
    long budget = 64L * 1024 * 1024;
    byte[] buffer = new byte[8192];
    for (int n; budget > 0 && (n = in.read(buffer)) > 0; ) {
      budget -= n;
    }
    return null;
  }

  private static int send(HttpExchange exchange, SimResponse response) throws IOException {
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      exchange.getResponseHeaders().add(header.getKey(), header.getValue());
    }
    byte[] body = response.body();
    boolean empty = body.length == 0 || response.status() == 204 || response.status() == 304;
    exchange.sendResponseHeaders(response.status(), empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
    return response.status();
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private SimResponse control(String method, String path, byte[] body) throws IOException {
    return switch (path) {
      case "/_sim/journal" ->
          "DELETE".equals(method)
              ? clearJournal()
              : SimResponse.json(200, JSON.writeValueAsBytes(journal.entries()));
      case "/_sim/faults" -> faultControl(method, body);
      case "/_sim/clock" -> clockControl(method, body);
      default -> SimResponse.json(404, "{\"error\":\"no such control route\"}");
    };
  }

  private SimResponse clearJournal() {
    journal.clear();
    return SimResponse.json(200, "{}");
  }

  private SimResponse faultControl(String method, byte[] body) throws IOException {
    if ("POST".equals(method)) {
      JsonNode node = JSON.readTree(body);
      for (JsonNode rule : node.isArray() ? node : JSON.createArrayNode().add(node)) {
        faults.add(JSON.treeToValue(rule, FaultPlan.Rule.class));
      }
    } else if ("DELETE".equals(method)) {
      faults.clear(0);
    }
    return SimResponse.json(200, JSON.writeValueAsBytes(faults.rules()));
  }

  private SimResponse clockControl(String method, byte[] body) throws IOException {
    if ("POST".equals(method)) {
      JsonNode node = JSON.readTree(body);
      if (node.hasNonNull("set")) {
        clock.set(Instant.parse(node.get("set").asText()));
      }
      if (node.hasNonNull("advance")) {
        clock.advance(Duration.parse(node.get("advance").asText()));
      }
    }
    return SimResponse.json(200, JSON.writeValueAsBytes(Map.of("now", clock.instant().toString())));
  }

  private static final String CAPTCHA =
      "<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
          + "<body><h1>Checking your browser before accessing the site.</h1></body></html>";
}
