package dev.stockbook.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command answers {@code --help} with its usage and exit code 0. */
class HelpTest {
  @Test
  void every_subcommand_answers_help() {
    for (String name : new CommandLine(new Main()).getSubcommands().keySet()) {
      String out = captured(() -> assertThat(Main.run(name, "--help")).as(name).isZero());
      assertThat(out).as(name).contains("Usage: stockbook " + name);
    }
  }

  @Test
  void the_demo_is_not_on_the_production_class_path_and_says_where_it_is() {
    String err = capturedErr(() -> assertThat(Main.run("demo")).isEqualTo(2));
    assertThat(err).contains("'demo' is not installed", "tools/");
  }

  private static String capturedErr(Runnable run) {
    PrintStream original = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      run.run();
    } finally {
      System.setErr(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String captured(Runnable run) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      run.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
