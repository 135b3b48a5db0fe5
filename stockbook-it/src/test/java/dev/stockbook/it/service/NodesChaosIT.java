package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.KeyRotation;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.woocommerce.Shopper;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three {@code serve} processes (the distribution jar, each with its own home folder, all given the
 * one master key) on one PostgreSQL and one QuickBooks company with its limits on, two stores:
 * orders are placed throughout while nodes are killed (SIGKILL) and started again at random. In the
 * end every order is in QuickBooks exactly once, each store shows QuickBooks' stock, QuickBooks
 * never refused a request as over its limits, a dead node's turn moved within 15 s, and a node with
 * another key never started. {@code -Dnodes.kills=N} runs longer (the chaos profile: 50).
 */
class NodesChaosIT {
  private static final Path JAR = Path.of("..", "stockbook-app", "target", "dist", "stockbook.jar");
  private static final String KEY = KeyRotation.newKey();
  @TempDir Path dir;
  private final PostgresDatabases databases = new PostgresDatabases();
  private final Process[] nodes = new Process[3];
  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (Process p : nodes) {
      if (p != null) {
        p.destroyForcibly().waitFor();
      }
    }
    for (AutoCloseable c : closing) {
      c.close();
    }
    databases.dropAll();
  }

  @Test
  void orders_survive_random_kills_of_three_nodes_once_each_within_the_company_limits()
      throws Exception {
    long seed = Long.getLong("nodes.seed", System.nanoTime() % 100_000);
    int kills = Integer.getInteger("nodes.kills", 5);
    Random random = new Random(seed);
    System.out.println("nodes chaos: seed " + seed + ", " + kills + " kills");
    String url = databases.create();
    QuickBooksSimulator qb = QuickBooksSimulator.builder().start();
    closing.add(qb);
    qb.seedDemoCompany();
    qb.seedInventoryItems(List.of("chaos-a", "chaos-b"), 10_000, new java.math.BigDecimal("5.00"));
    Map<String, WooCommerceSimulator> stores = new LinkedHashMap<>();
    List<Map<String, Object>> connections = new ArrayList<>();
    List<dev.stockbook.store.config.ConfigValues> validated = new ArrayList<>();
    for (String name : List.of("north", "south")) {
      WooCommerceSimulator woo = WooCommerceSimulator.builder().backgroundDelivery(true).start();
      closing.add(woo);
      woo.seedDemoStore();
      woo.seedProducts(List.of("chaos-a", "chaos-b"), "5.00", 10_000);
      // a slow store keeps turns long enough that a kill lands on a node holding one
      woo.faults()
          .add(
              new FaultPlan.Rule("GET", ".*/orders", Fault.latency(Duration.ofMillis(800)), 1, -1));
      stores.put(name, woo);
      Map<String, String> c =
          new LinkedHashMap<>(DemoWorld.connectionSettings(qb, woo, qb.issueTokens()));
      c.put("name", name);
      c.put("sync.docNumberPrefix", name.substring(0, 1).toUpperCase() + "-");
      c.put("sync.schedule", "2s");
      connections.add(nest(c));
      validated.add(ConnectionConfig.validate(c, "").values());
    }
    Path config = dir.resolve("stockbook.yaml");
    new ObjectMapper(new YAMLFactory())
        .writeValue(
            config.toFile(),
            Map.of(
                "database",
                Map.of("url", url),
                "admin",
                Map.of("token", "t"),
                "connections",
                connections));
    // the test's own QuickBooks reads go through the same shared budget as the nodes'
    Wiring reader =
        Wiring.open(
            new StockbookConfig(url, 0, "", validated),
            Clock.systemUTC(),
            null,
            n -> "STOCKBOOK_MASTER_KEY".equals(n) ? KEY : null);
    closing.add(0, reader);
    QuickBooksClient books =
        QuickBooksClient.builder()
            .baseUrl(qb.baseUrl().toString())
            .realmId(qb.realmId())
            .tokens(AccessTokenSource.fixed(qb.issueTokens().accessToken()))
            .governor(reader.governors().forCompany(qb.baseUrl().toString(), qb.realmId()))
            .build();

    for (int i = 0; i < 3; i++) {
      nodes[i] = serve(config, i, KEY);
    }
    Process stranger = start(config, "node-stranger", KeyRotation.newKey());
    assertThat(stranger.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(stranger.exitValue()).as("a node with another master key").isEqualTo(2);
    assertThat(read(dir.resolve("node-stranger.log")))
        .contains("does not open the secrets stored in database.url")
        .doesNotContain("stockbook: serving");

    List<String> docs = new ArrayList<>();
    List<Duration> takeovers = new ArrayList<>();
    for (int k = 0; k < kills; k++) {
      docs.addAll(placeOrders(stores, random));
      int victim = holder(url).orElse(random.nextInt(3));
      long killedAt = System.nanoTime();
      nodes[victim].destroyForcibly().waitFor();
      if (heldBy(url, "node-" + victim) > 0) {
        takeovers.add(untilTakenOver(url, "node-" + victim, killedAt));
      }
      docs.addAll(placeOrders(stores, random));
      nodes[victim] = serve(config, victim, KEY);
    }
    System.out.println(
        "nodes chaos: " + kills + " kills, " + docs.size() + " orders, takeovers " + takeovers);

    Eventually.until(
        Duration.ofSeconds(180),
        () -> receipts(books).containsAll(docs),
        "every order in QuickBooks after the kills");
    Map<String, Long> perNumber =
        receipts(books).stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
    assertThat(perNumber).allSatisfy((n, count) -> assertThat(count).as(n).isEqualTo(1L));
    Eventually.until(
        Duration.ofSeconds(120),
        () -> stockConverged(books, stores),
        "each store showing QuickBooks' quantities");
    long over =
        qb.journal().count(e -> e.status() == 429 && (e.fault() == null || e.fault().isEmpty()));
    assertThat(over).as("requests QuickBooks refused as over its limits, from all nodes").isZero();
    assertThat(takeovers).as("turns held by a killed node").isNotEmpty();
    assertThat(takeovers)
        .allSatisfy(t -> assertThat(t).isLessThanOrEqualTo(Duration.ofSeconds(15)));
    assertThat(nodeNames(url)).doesNotContain("node-stranger");
  }

  private static List<String> placeOrders(Map<String, WooCommerceSimulator> stores, Random random) {
    List<String> docs = new ArrayList<>();
    stores.forEach(
        (name, woo) -> {
          {
            long id =
                woo.shopper()
                    .placeOrder(
                        List.of(new Shopper.Line(random.nextBoolean() ? "chaos-a" : "chaos-b", 1)));
            docs.add(
                name.substring(0, 1).toUpperCase() + "-" + woo.order(id).path("number").asText());
          }
        });
    return docs;
  }

  private static List<String> receipts(QuickBooksClient books) {
    List<String> numbers = new ArrayList<>();
    try {
      for (JsonNode r : books.queryAll("select * from SalesReceipt")) {
        numbers.add(r.path("DocNumber").asText());
      }
    } catch (RuntimeException notNow) {
      return List.of();
    }
    return numbers;
  }

  private static boolean stockConverged(
      QuickBooksClient books, Map<String, WooCommerceSimulator> stores) {
    try {
      for (JsonNode item : books.queryAll("select * from Item where Type = 'Inventory'")) {
        String sku = item.path("Sku").asText(item.path("Name").asText());
        long qty = item.path("QtyOnHand").asLong();
        for (WooCommerceSimulator woo : stores.values()) {
          Long shown = woo.stock(sku);
          if (shown != null && shown != qty) {
            return false;
          }
        }
      }
      return true;
    } catch (RuntimeException notNow) {
      return false;
    }
  }

  /** The node (0-2) holding a turn right now, if any. */
  private static java.util.Optional<Integer> holder(String url) {
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement s =
            c.prepareStatement("SELECT picked_by FROM scheduled_tasks WHERE picked");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        String by = rs.getString(1);
        if (by != null && by.startsWith("node-")) {
          return java.util.Optional.of(Integer.parseInt(by.substring(5)));
        }
      }
      return java.util.Optional.empty();
    } catch (Exception e) {
      return java.util.Optional.empty();
    }
  }

  private static long heldBy(String url, String node) {
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE picked AND picked_by = ?")) {
      s.setString(1, node);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (Exception e) {
      return 0;
    }
  }

  /** From the kill until no turn is held by the dead node any more and another node works it. */
  private static Duration untilTakenOver(String url, String dead, long killedAt) {
    Eventually.until(
        Duration.ofSeconds(60),
        () -> {
          try (Connection c = DriverManager.getConnection(url);
              PreparedStatement s =
                  c.prepareStatement(
                      "SELECT COUNT(*) FROM scheduled_tasks WHERE picked AND picked_by = ?")) {
            s.setString(1, dead);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              return rs.getLong(1) == 0;
            }
          } catch (Exception e) {
            return false;
          }
        },
        "the dead node's turn revived");
    return Duration.ofNanos(System.nanoTime() - killedAt);
  }

  private static List<String> nodeNames(String url) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement s = c.prepareStatement("SELECT node FROM service_nodes");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private Process serve(Path config, int index, String key) throws Exception {
    String node = "node-" + index;
    Path log = dir.resolve(node + ".log");
    int before = count(read(log), "stockbook: serving");
    Process p = start(config, node, key);
    Eventually.until(
        Duration.ofSeconds(90),
        () -> count(read(log), "stockbook: serving") > before || !p.isAlive(),
        node + " serving (see " + log + ")");
    assertThat(p.isAlive()).as(read(log)).isTrue();
    return p;
  }

  private Process start(Path config, String node, String key) throws Exception {
    Path home = Files.createDirectories(dir.resolve("home-" + node));
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(
                        System.getProperty("java.home"),
                        "bin",
                        "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                    .toString(),
                "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + home,
                "-jar",
                JAR.toAbsolutePath().toString(),
                "serve",
                "--config",
                config.toString(),
                "--port",
                "0",
                "--node-name",
                node)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(node + ".log").toFile()));
    pb.environment().put("HOME", home.toString());
    pb.environment().put("STOCKBOOK_MASTER_KEY", key);
    return pb.start();
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> nest(Map<String, String> flat) {
    Map<String, Object> out = new LinkedHashMap<>();
    flat.forEach(
        (key, value) -> {
          String[] parts = key.split("\\.");
          Map<String, Object> at = out;
          for (int i = 0; i < parts.length - 1; i++) {
            at =
                (Map<String, Object>)
                    at.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
          }
          at.put(parts[parts.length - 1], value);
        });
    return out;
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
