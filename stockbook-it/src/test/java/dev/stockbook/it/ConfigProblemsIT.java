package dev.stockbook.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad config or command line: every problem listed at once, exit code 2, nothing started. */
class ConfigProblemsIT {
  @TempDir Path dir;

  private record Run(int exit, String err) {}

  private Run run(String... args) {
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int exit = dev.stockbook.app.cli.Main.run(args);
      return new Run(exit, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(oldErr);
    }
  }

  @Test
  void every_problem_of_a_config_is_listed_with_its_key_and_nothing_starts() throws Exception {
    Path config = dir.resolve("bad.yaml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "databse: {url: x}",
            "connections:",
            "  - name: shop one",
            "    quickbooks: {realmId: '1', clientId: c, refreshToken: r, clientSecret: '${NO_SUCH_VARIABLE_HERE}'}",
            "    store: {url: not-a-url, consumerKey: k, consumerSecret: s, colour: blue}",
            "    sync: {batchSize: 99, unmatchedSku: maybe, schedule: soon}",
            ""));
    Run run = run("sync", "--config", config.toString(), "--once");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "databse: unknown key",
            "NO_SUCH_VARIABLE_HERE is not set",
            "store.url: must be an http(s) URL",
            "store.colour: unknown key",
            "sync.unmatchedSku: must be one of",
            "sync.schedule: must be a duration");
    assertThat(Files.exists(dir.resolve("data"))).as("no database was created").isFalse();
  }

  @Test
  void an_unknown_subcommand_or_flag_prints_usage_and_exits_2() {
    assertThat(run("frobnicate").exit()).isEqualTo(2);
    Run flag = run("sync", "--once", "--onse");
    assertThat(flag.exit()).isEqualTo(2);
    assertThat(flag.err()).contains("Unknown option", "Usage:");
  }

  private Path config(String databaseUrl) throws Exception {
    Path config = dir.resolve("stockbook-" + Math.abs(databaseUrl.hashCode()) + ".yaml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "database: {url: '" + databaseUrl + "'}",
            "connections:",
            "  - name: shop",
            "    quickbooks: {realmId: '1', clientId: c, clientSecret: s, refreshToken: r}",
            "    store: {url: 'http://127.0.0.1:9/', consumerKey: k, consumerSecret: s}",
            ""));
    return config;
  }

  private static void oneLine(Run run, String... parts) {
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err().lines().filter(l -> l.startsWith("stockbook: "))).as(run.err()).hasSize(1);
    assertThat(run.err()).contains(parts).doesNotContain("Exception");
  }

  @Test
  void a_database_that_does_not_answer_is_a_problem_of_database_url() throws Exception {
    long started = System.nanoTime();
    Run refused =
        run(
            "sync",
            "--once",
            "--config",
            config("jdbc:postgresql://127.0.0.1:1/stockbook").toString());
    oneLine(refused, "database.url: cannot open jdbc:postgresql://127.0.0.1:1/stockbook");
    Run unroutable =
        run(
            "sync",
            "--once",
            "--config",
            config("jdbc:postgresql://192.0.2.1:5432/stockbook?user=u&password=hunter2")
                .toString());
    oneLine(unroutable, "database.url: cannot open", "password=****");
    assertThat(unroutable.err()).doesNotContain("hunter2");
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
        .as("both failures together (each gives up after 4 s)")
        .isLessThan(java.time.Duration.ofSeconds(12));
  }

  @Test
  void an_unwritable_or_unsupported_database_url_exits_2_with_one_line() throws Exception {
    oneLine(
        run(
            "sync",
            "--once",
            "--config",
            config("jdbc:sqlite:/proc/stockbook/state.db").toString()),
        "database.url: cannot open jdbc:sqlite:/proc/stockbook/state.db");
    Run mysql = run("sync", "--once", "--config", config("jdbc:mysql://db/stockbook").toString());
    assertThat(mysql.exit()).isEqualTo(2);
    assertThat(mysql.err())
        .contains("database.url: must be jdbc:sqlite:<file> or jdbc:postgresql:");
  }

  @Test
  void an_unknown_connection_or_a_busy_or_invalid_port_exits_2_with_one_line() throws Exception {
    Path config = config("jdbc:sqlite:" + dir.resolve("state.db"));
    oneLine(
        run("sync", "--once", "--config", config.toString(), "--connection", "nope"),
        "--connection: no connection named nope in the config (it has shop)");
    try (java.net.ServerSocket busy =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      oneLine(
          run(
              "serve",
              "--config",
              config.toString(),
              "--port",
              String.valueOf(busy.getLocalPort())),
          "server.port: cannot listen on 127.0.0.1:" + busy.getLocalPort());
    }
    oneLine(
        run("serve", "--config", config.toString(), "--port", "70000"),
        "--port: must be a port number, 0 to 65535 (was 70000)");
  }

  @Test
  void a_missing_config_file_is_reported_plainly() {
    Run run = run("sync", "--config", dir.resolve("nope.yaml").toString(), "--once");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("nope.yaml").doesNotContain("Exception");
  }
}
