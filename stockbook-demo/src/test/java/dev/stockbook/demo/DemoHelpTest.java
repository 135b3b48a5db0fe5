package dev.stockbook.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.app.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo's commands join the CLI when this module is on the class path, with --help like all. */
class DemoHelpTest {
  @Test
  void demo_and_simulate_answer_help_and_share_the_port_options() {
    for (String name : new String[] {"demo", "simulate"}) {
      String out = captured(() -> assertThat(Main.run(name, "--help")).as(name).isZero());
      assertThat(out)
          .as(name)
          .contains(
              "Usage: stockbook " + name,
              "--quickbooks-port=PORT",
              "--woocommerce-port=PORT",
              "--shopify-port=PORT",
              "--store=TYPE");
    }
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
