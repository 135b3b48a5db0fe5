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

  @Test
  void a_missing_config_file_is_reported_plainly() {
    Run run = run("sync", "--config", dir.resolve("nope.yaml").toString(), "--once");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("nope.yaml").doesNotContain("Exception");
  }
}
