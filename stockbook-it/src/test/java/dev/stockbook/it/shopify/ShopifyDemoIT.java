package dev.stockbook.it.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.app.cli.Main;
import dev.stockbook.it.service.Eventually;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stockbook demo --store shopify} plays the seed story on the Shopify simulator and exits 0
 * (every number read back over HTTP from QuickBooks and the shop); {@code stockbook simulate
 * --store shopify --write-config} writes a config that {@code stockbook sync --once} runs cleanly.
 */
class ShopifyDemoIT {
  @TempDir Path dir;

  @Test
  void the_demo_plays_the_story_on_shopify_and_exits_0() {
    Captured run = Captured.run("demo", "--store", "shopify", "--data", dir.toString());
    assertThat(run.exit).as("exit code; output:\n" + run.out + run.err).isZero();
    assertThat(run.out)
        .contains("Shopify simulator at")
        .contains("QuickBooks redwine on hand: 15   store redwine shows: 15")
        .contains("QuickBooks rosewine on hand: 10   store rosewine shows: 10")
        .contains("QuickBooks redwine on hand: 24   store redwine shows: 24")
        .contains("The story played out");
  }

  @Test
  void the_demo_refuses_an_unknown_store_naming_the_option() {
    Captured run = Captured.run("demo", "--store", "magento");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("--store must be woocommerce or shopify, was 'magento'");
  }

  @Test
  void simulate_starts_a_shopify_simulator_and_writes_a_config_sync_runs_on() throws Exception {
    Path config = dir.resolve("sim.yaml");
    AtomicInteger exit = new AtomicInteger(-1);
    Thread simulate =
        new Thread(
            () ->
                exit.set(
                    Main.run(
                        "simulate", "--store", "shopify", "--write-config", config.toString())),
            "simulate");
    simulate.setDaemon(true);
    simulate.start();
    try {
      Eventually.until(
          Duration.ofSeconds(60),
          () -> Files.exists(config) && read(config).contains("clientSecret"),
          "simulate --write-config wrote " + config);
      String yaml = read(config);
      assertThat(yaml).contains("type: \"shopify\"").contains("shop: \"http://127.0.0.1:");
      assertThat(Main.run("sync", "--config", config.toString(), "--once"))
          .as("stockbook sync --once on the written config")
          .isZero();
    } finally {
      simulate.interrupt();
      simulate.join(Duration.ofSeconds(30).toMillis());
    }
    assertThat(simulate.isAlive()).as("simulate stopped when interrupted").isFalse();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      return "";
    }
  }

  /** A command run in-process with what it printed. */
  record Captured(int exit, String out, String err) {
    static Captured run(String... args) {
      PrintStream out = System.out;
      PrintStream err = System.err;
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      ByteArrayOutputStream e = new ByteArrayOutputStream();
      try {
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        int exit = Main.run(args);
        return new Captured(
            exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
      } finally {
        System.setOut(out);
        System.setErr(err);
        System.out.print(o.toString(StandardCharsets.UTF_8));
      }
    }
  }
}
