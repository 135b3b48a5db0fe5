package dev.stockbook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.engine.SyncEngine;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.demo.ScaleCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The scale benchmark: the real engine against a 100,000-SKU catalog with 1,000,000 posted orders
 * in its state store, on SQLite and on PostgreSQL. Three processes, so each figure is the engine's
 * own: the simulators run in a child JVM ({@code stockbook simulate --catalog N --orders M}, seeded
 * through their Java APIs), this JVM fills the state database with bulk SQL ({@link ScaleState}),
 * and the engine runs in a second child JVM started with {@code -Xmx512m}, wired as {@code
 * stockbook sync} wires it ({@link Wiring}). That JVM measures its own process CPU time (every
 * thread: engine, HTTP client, JDBC and SQLite, GC and JIT) around a cycle that reads and posts the
 * new orders, then around a full stock comparison of every SKU, and the peak heap use of the whole
 * run. Finishing at all proves the heap stayed under 512 MB.
 */
final class ScaleBench {
  static final String HEAP_LIMIT = "512m";
  private static final String RESULT = "SCALE-RESULT ";

  /** How big. */
  record Sizes(int skus, int history, int newOrders, boolean sqlite, boolean postgres) {
    static Sizes quick() {
      return new Sizes(2_000, 20_000, 50, true, false);
    }

    static Sizes full() {
      return new Sizes(100_000, 1_000_000, 1_000, true, true);
    }

    /** The same sizes on only the named database ({@code sqlite} or {@code postgresql}). */
    Sizes only(String database) {
      boolean pg = "postgresql".equalsIgnoreCase(database);
      if (!pg && !"sqlite".equalsIgnoreCase(database)) {
        throw new IllegalArgumentException(
            "--scale-database: sqlite or postgresql, not " + database);
      }
      return new Sizes(skus, history, newOrders, !pg, pg);
    }
  }

  /** What one database's run measured. */
  record Outcome(
      String database,
      int skus,
      int history,
      int posted,
      double orderCycleCpuSeconds,
      double orderCycleWallSeconds,
      double coldCpuSeconds,
      double sweepCpuSeconds,
      double sweepWallSeconds,
      long peakHeapBytes,
      double setupSeconds,
      String error) {
    double cpuPerOrderMillis() {
      return posted == 0 ? Double.NaN : orderCycleCpuSeconds * 1000 / posted;
    }
  }

  private ScaleBench() {}

  /** Runs on SQLite, and on PostgreSQL when the sizes say so. */
  static List<Outcome> run(Sizes sizes, Path dir) throws Exception {
    List<Outcome> outcomes = new ArrayList<>();
    if (sizes.sqlite()) {
      outcomes.add(runOn(sizes, dir, false));
    }
    if (sizes.postgres()) {
      outcomes.add(runOn(sizes, dir, true));
    }
    return outcomes;
  }

  private static Outcome runOn(Sizes sizes, Path dir, boolean postgres) throws Exception {
    String database = postgres ? "PostgreSQL" : "SQLite";
    Path work = Files.createDirectories(dir.resolve("scale-" + database.toLowerCase(Locale.ROOT)));
    long started = System.nanoTime();
    Path ids = work.resolve("catalog-ids.tsv");
    Process sims =
        java(
            "2g",
            work.resolve("simulators.log"),
            "dev.stockbook.app.cli.Main",
            "simulate",
            "--json",
            "--no-limits",
            "--catalog",
            Integer.toString(sizes.skus()),
            "--catalog-ids",
            ids.toString(),
            "--orders",
            Integer.toString(sizes.newOrders()));
    String pgName = null;
    try {
      JsonNode credentials = new ObjectMapper().readTree(firstLine(sims));
      String url;
      if (postgres) {
        pgName = "stockbook_scale_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        admin("CREATE DATABASE " + pgName);
        url = "jdbc:postgresql://127.0.0.1:5432/" + pgName + "?user=postgres";
      } else {
        url = "jdbc:sqlite:" + work.resolve("stockbook.db").toAbsolutePath();
      }
      ScaleState.fill(url, ScaleState.readIds(ids), sizes.history(), Instant.now());
      double setup = (System.nanoTime() - started) / 1e9;
      Path settings = work.resolve("connection.json");
      Map<String, String> connection = connection(credentials);
      connection.put("bench.skus", Integer.toString(sizes.skus()));
      Files.writeString(settings, new ObjectMapper().writeValueAsString(connection));
      Path log = work.resolve("engine.log");
      Process engine =
          java(
              HEAP_LIMIT,
              log,
              ScaleBench.class.getName(),
              url,
              settings.toString(),
              Integer.toString(sizes.newOrders()));
      String result = null;
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(engine.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.startsWith(RESULT)) {
            result = line.substring(RESULT.length());
          }
        }
      }
      int exit = engine.waitFor();
      if (exit != 0 || result == null) {
        String tail = tail(log);
        return new Outcome(
            database,
            sizes.skus(),
            sizes.history(),
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            setup,
            "the engine JVM (-Xmx"
                + HEAP_LIMIT
                + ") exited with "
                + exit
                + (tail.contains("OutOfMemoryError") ? " (OutOfMemoryError)" : "")
                + "; see "
                + log
                + ": "
                + tail);
      }
      JsonNode m = new ObjectMapper().readTree(result);
      return new Outcome(
          database,
          sizes.skus(),
          sizes.history(),
          m.path("posted").asInt(),
          m.path("orderCpu").asDouble(),
          m.path("orderWall").asDouble(),
          m.path("coldCpu").asDouble(),
          m.path("sweepCpu").asDouble(),
          m.path("sweepWall").asDouble(),
          m.path("peakHeap").asLong(),
          setup,
          m.path("problem").isMissingNode() || m.path("problem").isNull()
              ? null
              : m.path("problem").asText());
    } finally {
      sims.destroy();
      if (!sims.waitFor(20, TimeUnit.SECONDS)) {
        sims.destroyForcibly();
      }
      if (pgName != null) {
        admin("DROP DATABASE IF EXISTS " + pgName + " WITH (FORCE)");
      }
      for (String file : List.of("stockbook.db", "stockbook.db-wal", "stockbook.db-shm")) {
        Files.deleteIfExists(work.resolve(file)); // a gigabyte at full size; the logs stay
      }
    }
  }

  /**
   * The connection settings of {@code stockbook sync} for the simulators of {@code simulate
   * --json}.
   */
  private static Map<String, String> connection(JsonNode c) {
    JsonNode q = c.path("quickbooks");
    JsonNode w = c.path("woocommerce");
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", ScaleState.CONNECTION);
    m.put("quickbooks.baseUrl", q.path("baseUrl").asText());
    m.put("quickbooks.realmId", q.path("realmId").asText());
    m.put("quickbooks.clientId", q.path("clientId").asText());
    m.put("quickbooks.clientSecret", q.path("clientSecret").asText());
    m.put("quickbooks.accessToken", q.path("accessToken").asText());
    m.put("quickbooks.refreshToken", q.path("refreshToken").asText());
    m.put("quickbooks.tokenUrl", q.path("tokenUrl").asText());
    m.put("quickbooks.webhookVerifierToken", q.path("webhookVerifierToken").asText());
    m.put("store.type", "woocommerce");
    m.put("store.url", w.path("url").asText());
    m.put("store.consumerKey", w.path("consumerKey").asText());
    m.put("store.consumerSecret", w.path("consumerSecret").asText());
    m.put("store.auth", "basic");
    m.put("store.treatAsHttpsHeader", "X-Forwarded-Proto: https");
    return m;
  }

  /** The engine JVM: {@code url settings.json expectedOrders}; prints one result line. */
  public static void main(String[] args) throws Exception {
    Map<String, String> settings =
        new ObjectMapper()
            .readValue(
                Files.readString(Path.of(args[1])),
                new com.fasterxml.jackson.core.type.TypeReference<
                    LinkedHashMap<String, String>>() {});
    int expected = Integer.parseInt(args[2]);
    Map<String, String> connection = new LinkedHashMap<>(settings);
    connection.remove("bench.skus");
    ConnectionConfig.Validated validated = ConnectionConfig.validate(connection, "");
    if (!validated.ok()) {
      throw new IllegalStateException("scale bench connection is invalid: " + validated.problems());
    }
    StockbookConfig config = new StockbookConfig(args[0], 8080, "", List.of(validated.values()));
    ObjectNode out = new ObjectMapper().createObjectNode();
    List<String> problems = new ArrayList<>();
    try (Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
      SyncEngine engine = wiring.engine(ScaleState.CONNECTION);
      System.gc();
      List<MemoryPoolMXBean> heap =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .toList();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long cpu = cpu();
      int cold = postAll(engine, expected, problems);
      out.put("coldPosted", cold).put("coldCpu", (cpu() - cpu) / 1e9);
      placeOrders(settings, expected);
      System.gc();
      cpu = cpu();
      long wall = System.nanoTime();
      int posted = postAll(engine, expected, problems);
      out.put("posted", posted)
          .put("orderCpu", (cpu() - cpu) / 1e9)
          .put("orderWall", (System.nanoTime() - wall) / 1e9);
      cpu = cpu();
      wall = System.nanoTime();
      CycleReport sweep = engine.runCycle(true);
      out.put("sweepCpu", (cpu() - cpu) / 1e9).put("sweepWall", (System.nanoTime() - wall) / 1e9);
      if (!sweep.errors().isEmpty()) {
        problems.add("sweep: " + sweep.summary());
      }
      // the sum of each pool's peak: an upper bound of the heap in use at any one moment
      out.put("peakHeap", heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
      long waiting =
          wiring
              .state()
              .orders()
              .countByState(ScaleState.CONNECTION)
              .getOrDefault(OrderState.WAITING, 0L);
      if (cold < expected || posted < expected || waiting > 0) {
        problems.add(
            cold
                + " + "
                + posted
                + " of 2 x "
                + expected
                + " new orders posted, "
                + waiting
                + " still waiting");
      }
    }
    out.put("problem", problems.isEmpty() ? null : String.join("; ", problems));
    System.out.println(RESULT + out);
    System.out.flush();
    System.exit(0);
  }

  /**
   * Cycles until {@code expected} orders are posted (at most five cycles); returns how many were.
   */
  private static int postAll(SyncEngine engine, int expected, List<String> problems) {
    int posted = 0;
    for (int i = 0; i < 5 && posted < expected; i++) {
      CycleReport r = engine.runCycle(false);
      posted += r.posted();
      if (!r.errors().isEmpty()) {
        problems.add("order cycle: " + r.summary());
      }
    }
    return posted;
  }

  /** A second batch of paid orders, placed through the store's REST API (not measured). */
  private static void placeOrders(Map<String, String> settings, int count)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    String auth =
        Base64.getEncoder()
            .encodeToString(
                (settings.get("store.consumerKey") + ":" + settings.get("store.consumerSecret"))
                    .getBytes(StandardCharsets.UTF_8));
    int skus = Integer.parseInt(settings.get("bench.skus"));
    Random random = new Random(skus + 1L);
    ObjectMapper json = new ObjectMapper();
    for (int n = 0; n < count; n++) {
      int a = random.nextInt(skus);
      int b = (a + 1 + random.nextInt(skus - 1)) % skus;
      ObjectNode order = json.createObjectNode().put("set_paid", true);
      order
          .putArray("line_items")
          .add(
              json.createObjectNode()
                  .put("sku", ScaleCatalog.sku(a))
                  .put("quantity", 1 + random.nextInt(2)))
          .add(json.createObjectNode().put("sku", ScaleCatalog.sku(b)).put("quantity", 1));
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(settings.get("store.url") + "/wp-json/wc/v3/orders"))
              .header("Authorization", "Basic " + auth)
              .header("X-Forwarded-Proto", "https")
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(order)))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            "placing a bench order failed: " + response.statusCode() + " " + response.body());
      }
    }
  }

  /** CPU time of this whole process (all threads, GC and JIT included), in nanoseconds. */
  private static long cpu() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.getCurrentThreadCpuTime();
  }

  private static Process java(String heap, Path log, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.add("-Xmx" + heap);
    String extra = System.getenv("STOCKBOOK_SCALE_JAVA_OPTS"); // e.g. a profiler's flags
    if (extra != null && !extra.isBlank() && !mainClass.endsWith("Main")) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(log.toFile()).start();
  }

  private static String firstLine(Process p) throws IOException {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = r.readLine();
    if (line == null) {
      throw new IllegalStateException(
          "the simulators' JVM stopped before printing its credentials");
    }
    // the rest of its output is one line; drain it so the child never blocks on a full pipe
    Thread drain =
        new Thread(
            () -> {
              try {
                while (r.readLine() != null) {
                  // nothing to keep
                }
              } catch (IOException ignored) {
                // the process was stopped
              }
            },
            "scale-sims-output");
    drain.setDaemon(true);
    drain.start();
    return line;
  }

  private static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "";
    }
    List<String> lines = Files.readAllLines(log);
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The rows of the benchmark table (Measure | Stockbook | Bound | Naive baseline). */
  static List<String[]> rows(List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return List.of();
    }
    Outcome first = outcomes.get(0);
    String size = String.format(Locale.ROOT, "%,d SKUs, %,d orders", first.skus(), first.history());
    String dbs = String.join(" / ", outcomes.stream().map(Outcome::database).toList());
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "Engine CPU per order (" + size + "), " + dbs,
          join(outcomes, o -> String.format(Locale.ROOT, "%.2f ms", o.cpuPerOrderMillis()))
              + " ("
              + join(
                  outcomes,
                  o ->
                      o.posted()
                          + " orders: "
                          + String.format(
                              Locale.ROOT,
                              "%.1f s CPU, %.1f s wall; first batch, cold JVM: %.2f ms",
                              o.orderCycleCpuSeconds(),
                              o.orderCycleWallSeconds(),
                              o.coldCpuSeconds() * 1000 / Math.max(1, o.posted())))
              + ")",
          "-",
          "-"
        });
    rows.add(
        new String[] {
          "Full stock comparison of "
              + String.format(Locale.ROOT, "%,d", first.skus())
              + " SKUs, "
              + dbs,
          join(
              outcomes,
              o ->
                  String.format(
                      Locale.ROOT,
                      "%.1f s CPU, %.1f s wall",
                      o.sweepCpuSeconds(),
                      o.sweepWallSeconds())),
          "-",
          "-"
        });
    rows.add(
        new String[] {
          "Peak heap at " + String.format(Locale.ROOT, "%,d", first.skus()) + " SKUs, " + dbs,
          join(outcomes, o -> (o.peakHeapBytes() >> 20) + " MiB")
              + " (engine JVM run with -Xmx"
              + HEAP_LIMIT
              + ")",
          "512 MB",
          "-"
        });
    return rows;
  }

  private static String join(
      List<Outcome> outcomes, java.util.function.Function<Outcome, String> f) {
    return String.join(
        " / ",
        outcomes.stream()
            .map(o -> o.error() != null && o.posted() == 0 ? "failed" : f.apply(o))
            .toList());
  }

  /** A table of just the scale measures, for {@code stockbook bench --scale}. */
  static String markdown(List<Outcome> outcomes) {
    StringBuilder t =
        new StringBuilder("| Measure | Stockbook | Bound | Naive baseline |\n|---|---|---|---|\n");
    for (String[] r : rows(outcomes)) {
      t.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    for (Outcome o : outcomes) {
      t.append(
          String.format(
              Locale.ROOT,
              "%n%s: setup (simulators, catalog, state load) %.0f s",
              o.database(),
              o.setupSeconds()));
      if (o.error() != null) {
        t.append("; problem: ").append(o.error());
      }
    }
    return t.append('\n').toString();
  }

  static ArrayNode json(List<Outcome> outcomes) {
    ArrayNode a = new ObjectMapper().createArrayNode();
    for (Outcome o : outcomes) {
      a.addObject()
          .put("database", o.database())
          .put("skus", o.skus())
          .put("orders", o.history())
          .put("posted", o.posted())
          .put("cpuPerOrderMillis", o.cpuPerOrderMillis())
          .put("orderCycleCpuSeconds", o.orderCycleCpuSeconds())
          .put("orderCycleWallSeconds", o.orderCycleWallSeconds())
          .put("coldOrderCycleCpuSeconds", o.coldCpuSeconds())
          .put("sweepCpuSeconds", o.sweepCpuSeconds())
          .put("sweepWallSeconds", o.sweepWallSeconds())
          .put("peakHeapBytes", o.peakHeapBytes())
          .put("heapLimit", HEAP_LIMIT)
          .put("error", o.error());
    }
    return a;
  }
}
