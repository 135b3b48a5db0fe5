package dev.stockbook.it.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stockbook.app.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of {@code stockbook bench --scale --quick} (2,000 SKUs, 20,000 posted orders, SQLite):
 * the simulators' and the engine's JVMs start, the state is loaded, every new order is posted and
 * the full comparison runs within -Xmx512m. No timing asserts.
 */
class ScaleBenchQuickIT {
  @TempDir Path dir;

  @Test
  void the_quick_scale_benchmark_posts_every_order_and_reports_its_rows() throws Exception {
    Path doc = dir.resolve("scale.md");
    assertEquals(0, Main.run("bench", "--scale", "--quick", "--write", doc.toString()));
    String table = Files.readString(doc);
    System.out.println(table);
    assertTrue(
        table.contains("| Engine CPU per order (2,000 SKUs, 20,000 orders), SQLite | "), table);
    assertTrue(table.contains("| Peak heap at 2,000 SKUs, SQLite | "), table);
    assertTrue(table.contains("(50 orders: "), table);
    assertFalse(table.contains("failed"), table);
    assertFalse(table.contains("problem:"), table);
  }
}
