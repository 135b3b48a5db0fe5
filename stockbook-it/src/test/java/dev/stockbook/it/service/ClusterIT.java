package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stockbook.core.state.CycleRun;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.quickbooks.RateGovernors;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.woocommerce.Shopper;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import dev.stockbook.state.DatabaseStateStore;
import dev.stockbook.state.Databases;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three {@code serve} processes (the real distribution jar) on one PostgreSQL share three
 * connections; one is killed mid-way. Afterwards every store order is in QuickBooks exactly once,
 * and no connection's cycles ever overlapped (so no two nodes worked one at the same time).
 */
class ClusterIT {
  private static final Path JAR = Path.of("..", "stockbook-app", "target", "dist", "stockbook.jar");
  private static final List<String> NAMES = List.of("alpha", "beta", "gamma");
  @TempDir Path dir;
  private final PostgresDatabases databases = new PostgresDatabases();
  private final List<Process> nodes = new ArrayList<>();
  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    nodes.forEach(Process::destroyForcibly);
    for (AutoCloseable c : closing) {
      c.close();
    }
    databases.dropAll();
  }

  @Test
  void three_nodes_share_the_connections_and_a_killed_node_loses_no_order_and_doubles_none()
      throws Exception {
    assertThat(JAR)
        .as("the distribution jar (built by the package phase of stockbook-app)")
        .exists();
    String url = databases.create();
    QuickBooksSimulator qb = QuickBooksSimulator.builder().start();
    closing.add(qb);
    qb.seedDemoCompany();
    qb.options()
        .disableLimits(); // three nodes polling three connections every second: this test is about
    // scheduling
    Map<String, WooCommerceSimulator> stores = new LinkedHashMap<>();
    List<Map<String, Object>> connections = new ArrayList<>();
    for (String name : NAMES) {
      WooCommerceSimulator woo = WooCommerceSimulator.builder().backgroundDelivery(false).start();
      closing.add(woo);
      woo.seedDemoStore();
      stores.put(name, woo);
      Map<String, String> c =
          new LinkedHashMap<>(DemoWorld.connectionSettings(qb, woo, qb.issueTokens()));
      c.put("name", name);
      c.put("sync.docNumberPrefix", name.substring(0, 1).toUpperCase() + "-");
      c.put("sync.schedule", "1s");
      connections.add(nest(c));
    }
    Path config = dir.resolve("stockbook.yaml");
    new ObjectMapper(new YAMLFactory())
        .writeValue(
            config.toFile(),
            Map.of(
                "database",
                Map.of("url", url),
                "admin",
                Map.of("token", "cluster-admin"),
                "connections",
                connections));

    for (int i = 1; i <= 3; i++) {
      nodes.add(serve(config, "node-" + i));
    }
    List<String> docs = new ArrayList<>();
    docs.addAll(placeOrders(stores, 2));
    Eventually.until(
        Duration.ofSeconds(60),
        () -> postedOnce(qb, docs),
        "the first orders posted by the cluster");

    nodes.get(0).destroyForcibly().waitFor();
    docs.addAll(placeOrders(stores, 3));

    Eventually.until(
        Duration.ofSeconds(90), () -> postedOnce(qb, docs), "every order posted after a node died");
    Map<String, Long> perNumber =
        salesReceipts(qb).stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
    assertThat(perNumber).allSatisfy((number, count) -> assertThat(count).as(number).isEqualTo(1L));
    assertThat(perNumber.keySet()).containsAll(docs);
    try (DatabaseStateStore state = Databases.open(url)) {
      for (String name : NAMES) {
        assertNoOverlap(state.runs().recent(name, 10_000));
      }
      Eventually.until(
          Duration.ofSeconds(30),
          () -> heldBy(state, "node-1") == 0,
          "the dead node's turns revived by the others");
    }
    // The orders placed after the kill may all have been posted by order turns; the full cycles
    // the dead node held run on the survivors once revived, which is what this waits for.
    Eventually.until(
        Duration.ofSeconds(60),
        () ->
            (read(dir.resolve("node-2.log")) + read(dir.resolve("node-3.log")))
                .contains(" cycle: "),
        "the survivors ran full cycles");
  }

  private static long heldBy(DatabaseStateStore state, String node) {
    try (var c = state.dataSource().getConnection();
        var s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE picked AND picked_by = ?")) {
      s.setString(1, node);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Process serve(Path config, String node) throws Exception {
    Path log = dir.resolve(node + ".log");
    Process p =
        new ProcessBuilder(
                javaBinary(),
                "-jar",
                JAR.toAbsolutePath().toString(),
                "serve",
                "--config",
                config.toString(),
                "--port",
                "0",
                "--node-name",
                node,
                "--heartbeat",
                "1s",
                "--polling",
                "500ms")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Eventually.until(
        Duration.ofSeconds(60),
        () -> read(log).contains("stockbook: serving"),
        node + " serving (see " + log + ")");
    return p;
  }

  private static List<String> placeOrders(Map<String, WooCommerceSimulator> stores, int each) {
    List<String> docs = new ArrayList<>();
    stores.forEach(
        (name, woo) -> {
          for (int i = 0; i < each; i++) {
            long id = woo.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
            docs.add(
                name.substring(0, 1).toUpperCase() + "-" + woo.order(id).path("number").asText());
          }
        });
    return docs;
  }

  private static boolean postedOnce(QuickBooksSimulator qb, List<String> docs) {
    try {
      return salesReceipts(qb).containsAll(docs);
    } catch (RuntimeException notNow) {
      return false;
    }
  }

  private static List<String> salesReceipts(QuickBooksSimulator qb) {
    QuickBooksClient client =
        QuickBooksClient.builder()
            .baseUrl(qb.baseUrl().toString())
            .realmId(qb.realmId())
            .tokens(AccessTokenSource.fixed(qb.issueTokens().accessToken()))
            .governor(RateGovernors.processWide().forCompany(qb.baseUrl().toString(), qb.realmId()))
            .build();
    List<String> numbers = new ArrayList<>();
    for (JsonNode receipt : client.query("select * from SalesReceipt maxresults 1000")) {
      numbers.add(receipt.path("DocNumber").asText());
    }
    return numbers;
  }

  private static void assertNoOverlap(List<CycleRun> runs) {
    List<CycleRun> byStart =
        runs.stream().sorted(java.util.Comparator.comparing(CycleRun::startedAt)).toList();
    for (int i = 1; i < byStart.size(); i++) {
      assertThat(byStart.get(i).startedAt())
          .as("a cycle of " + byStart.get(i).connection() + " started while another ran")
          .isAfterOrEqualTo(byStart.get(i - 1).finishedAt());
    }
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

  private static String javaBinary() {
    return Path.of(
            System.getProperty("java.home"),
            "bin",
            "java" + (File.separatorChar == '\\' ? ".exe" : ""))
        .toString();
  }
}
